import { useSteadyLiveQuery } from '@/sync/use-steady-live-query';
import { db } from '@/db/database';
import type { CaseloadEntry } from './caseload-entry';
import { joinEntries } from './join-entries';

/**
 * Every case file on the device that is not deleted, with its client's name,
 * newest first (ids are UUIDv7, so they sort by when the case was made), live.
 * Reads each of the two tables once and joins them in memory: with 10,000
 * clients that is far cheaper than one lookup per case. Starts when
 * `enabled`; `undefined` until then and while loading.
 */
export function useCaseloadEntries(enabled: boolean): CaseloadEntry[] | undefined {
  return useSteadyLiveQuery(async () => {
    if (!enabled) return undefined;
    const [caseFiles, clients] = await Promise.all([db.caseFiles.toArray(), db.clients.toArray()]);
    const entries = joinEntries(caseFiles, new Map(clients.map((client) => [client.id, client])));
    return entries.sort((a, b) => (a.caseId < b.caseId ? 1 : a.caseId > b.caseId ? -1 : 0));
  }, [enabled]);
}
