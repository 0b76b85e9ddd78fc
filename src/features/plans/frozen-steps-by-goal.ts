import { stepFieldsSchema, type StepFields } from '@/core/index';
import { byDueDate } from './by-due-date';

export type FrozenStep = StepFields & { id: string };

/**
 * A plan version keeps its steps as loosely typed copies; they are read back
 * through the step schema, so a copy that does not fit it is left out rather
 * than shown wrongly. Grouped by goal id, each group by due date.
 */
export function frozenStepsByGoal(steps: readonly { id: string }[]): Map<string, FrozenStep[]> {
  const byGoal = new Map<string, FrozenStep[]>();
  const parsed = steps.flatMap((raw) => {
    const result = stepFieldsSchema.safeParse(raw);
    return result.success ? [{ ...result.data, id: raw.id }] : [];
  });
  for (const step of parsed.sort(byDueDate))
    byGoal.set(step.goalId, [...(byGoal.get(step.goalId) ?? []), step]);
  return byGoal;
}
