import { useSteadyLiveQuery } from '@/sync/use-steady-live-query';
import { db } from '@/db/database';
import type { CaseloadEntry } from './caseload-entry';
import type { StatusFilter } from './caseload-filter-store';
import { statusMatches } from './filter-caseload';
import { joinEntries } from './join-entries';

/** Enough rows to fill the list on a large tablet. */
export const HEAD_SIZE = 30;

/**
 * The first rows of the caseload as the full list will show them (newest
 * first, filtered by status), read with a cursor over a few dozen case files
 * and their clients only. Why: reading all 10,000 clients takes most of a
 * second on a tablet; these rows are on screen long before that, and the
 * full list then continues below them without anything moving.
 */
export function useCaseloadHead(status: StatusFilter): CaseloadEntry[] | undefined {
  return useSteadyLiveQuery(async () => {
    const caseFiles = await db.caseFiles
      .reverse()
      .filter((caseFile) => !caseFile.deleted && statusMatches(status, caseFile.status))
      .limit(HEAD_SIZE)
      .toArray();
    const clients = await db.clients.bulkGet(caseFiles.map((caseFile) => caseFile.clientId));
    const clientsById = new Map(clients.flatMap((client) => (client ? [[client.id, client]] : [])));
    return joinEntries(caseFiles, clientsById);
  }, [status]);
}
