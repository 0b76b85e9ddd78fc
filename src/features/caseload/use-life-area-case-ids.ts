import { useSteadyLiveQuery } from '@/sync/use-steady-live-query';
import { db } from '@/db/database';

/**
 * The cases with a goal in a life area, live; `undefined` when no life area is
 * chosen (or while loading). Goals are read only while the filter is on.
 */
export function useLifeAreaCaseIds(lifeAreaKey: string): Set<string> | undefined {
  return useSteadyLiveQuery(async () => {
    if (!lifeAreaKey) return undefined;
    const goals = await db.goals.toArray();
    return new Set(
      goals
        .filter((goal) => !goal.deleted && goal.lifeAreaKey === lifeAreaKey)
        .map((goal) => goal.caseId),
    );
  }, [lifeAreaKey]);
}
