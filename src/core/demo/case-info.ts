import type { CaseStatus } from '../domain/case-file';

/** What the generators of one case's records need to know about it; days are day numbers. */
export interface CaseInfo {
  caseId: string;
  clientId: string;
  openedOn: number;
  status: CaseStatus;
  /** Last day with activity: the closing or pausing day, otherwise today. */
  lastActiveDay: number;
  preferredLanguage: string;
  young: boolean;
}
