import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';

/** The case's referrals, newest first, live. */
export function useCaseReferrals(caseId: string): Row<'referrals'>[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.referrals.where('caseId').equals(caseId).toArray();
    return rows.filter((r) => !r.deleted).sort((a, b) => b.date.localeCompare(a.date));
  }, [caseId]);
}
