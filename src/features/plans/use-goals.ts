import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';

/** The plan's goals in the order they were made (ids are time-ordered). */
export function useGoals(planId: string): Row<'goals'>[] | undefined {
  return useLiveQuery(async () => {
    const goals = await db.goals.where('planId').equals(planId).toArray();
    return goals.filter((g) => !g.deleted).sort((a, b) => a.id.localeCompare(b.id));
  }, [planId]);
}
