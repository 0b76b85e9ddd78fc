import type { Row } from '@/db/records/row';
import type { CaseloadEntry } from './caseload-entry';

/** Joins case files with their clients; deleted ones, or cases whose client is missing, drop out. */
export function joinEntries(
  caseFiles: readonly Row<'caseFiles'>[],
  clientsById: ReadonlyMap<string, Row<'clients'>>,
): CaseloadEntry[] {
  const entries: CaseloadEntry[] = [];
  for (const caseFile of caseFiles) {
    if (caseFile.deleted) continue;
    const client = clientsById.get(caseFile.clientId);
    if (!client || client.deleted) continue;
    entries.push({
      caseId: caseFile.id,
      clientId: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      caseNumber: caseFile.caseNumber,
      status: caseFile.status,
    });
  }
  return entries;
}
