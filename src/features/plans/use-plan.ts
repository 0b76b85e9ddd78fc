import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';

/** The case's integration plan, live; `null` when the case has none on this device. */
export function usePlan(caseId: string): Row<'plans'> | null | undefined {
  return useLiveQuery(async () => {
    const plans = await db.plans.where('caseId').equals(caseId).toArray();
    return plans.find((plan) => !plan.deleted) ?? null;
  }, [caseId]);
}
