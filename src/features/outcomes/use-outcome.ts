import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';

/** The case's outcome record (table `indicators`), live; `null` when there is none on this device. */
export function useOutcome(caseId: string): Row<'indicators'> | null | undefined {
  return useLiveQuery(async () => {
    const rows = await db.indicators.where('scope').equals(caseId).toArray();
    return rows.find((row) => !row.deleted && row.caseId === caseId) ?? null;
  }, [caseId]);
}
