import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';

/** Ids of the cases opened last on this device, newest first (local, never synced). */
export function useRecentCaseIds(): string[] | undefined {
  return useLiveQuery(() => db.localRecentCases.orderBy('openedAt').reverse().primaryKeys(), []);
}
