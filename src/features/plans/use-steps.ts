import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';
import { byDueDate } from './by-due-date';

/** The plan's steps grouped by goal id, each group by due date (undated last). */
export function useSteps(caseId: string, planId: string): Map<string, Row<'steps'>[]> | undefined {
  return useLiveQuery(async () => {
    const rows = await db.steps.where('scope').equals(caseId).toArray();
    const byGoal = new Map<string, Row<'steps'>[]>();
    for (const step of rows.filter((s) => !s.deleted && s.planId === planId).sort(byDueDate))
      byGoal.set(step.goalId, [...(byGoal.get(step.goalId) ?? []), step]);
    return byGoal;
  }, [caseId, planId]);
}
