import { stepFitsGoal, type RecordIssue, type RecordTable } from '@/core/index';
import { db } from '../database';

type Check = (id: string, fields: Record<string, unknown>) => Promise<RecordIssue[]>;

/**
 * Checks that need other records. They run inside the write transaction, so
 * they see the same state the write will be stored against.
 */
const checks: Partial<Record<RecordTable, Check>> = {
  async steps(_id, step) {
    const goal = await db.goals.get(String(step.goalId));
    if (!goal || goal.deleted) return [{ path: 'goalId', key: 'recordMissing' }];
    const plan = await db.plans.get(goal.planId);
    if (plan && !stepFitsGoal({ dueDate: step.dueDate as string | undefined }, goal, plan))
      return [
        { path: 'dueDate', key: 'stepAfterGoalTarget', params: { target: goal.targetDate! } },
      ];
    return [];
  },
  async goals(id, goal) {
    const targetDate = goal.targetDate as string | undefined;
    if (!targetDate) return [];
    const plan = await db.plans.get(String(goal.planId));
    if (!plan || plan.allowStepsAfterGoalTarget) return [];
    const steps = await db.steps.where('goalId').equals(id).toArray();
    const late = steps.filter((s) => !s.deleted && s.dueDate && s.dueDate > targetDate);
    return late.length
      ? [{ path: 'targetDate', key: 'targetBeforeSteps', params: { count: late.length } }]
      : [];
  },
  async caseFiles(_id, caseFile) {
    const client = await db.clients.get(String(caseFile.clientId));
    return client && !client.deleted ? [] : [{ path: 'clientId', key: 'recordMissing' }];
  },
};

export function crossCheck(
  table: RecordTable,
  id: string,
  fields: Record<string, unknown>,
): Promise<RecordIssue[]> {
  return checks[table]?.(id, fields) ?? Promise.resolve([]);
}
