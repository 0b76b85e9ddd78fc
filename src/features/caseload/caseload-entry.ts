import type { CaseStatus } from '@/core/index';

/** One row of the caseload: what the list shows and searches, joined from case file and client. */
export interface CaseloadEntry {
  caseId: string;
  clientId: string;
  firstName: string;
  lastName: string;
  caseNumber: string;
  status: CaseStatus;
}

export function entryName(entry: Pick<CaseloadEntry, 'firstName' | 'lastName'>): string {
  return `${entry.lastName}, ${entry.firstName}`;
}
