import type { Label, LifeAreaFields } from '@/core/index';

export interface AreaGroup<G> {
  key: string;
  /** The configured label; undefined for a life area this organisation no longer offers. */
  label: Label | undefined;
  goals: G[];
}

/**
 * Goals grouped by life area, in the areas' configured order; areas without
 * goals are left out, and goals of an area no longer configured come last
 * under their key, so that no goal ever disappears from the plan.
 */
export function groupGoalsByArea<G extends { lifeAreaKey: string }>(
  goals: readonly G[],
  areas: readonly LifeAreaFields[],
): AreaGroup<G>[] {
  const groups = new Map<string, AreaGroup<G>>(
    areas.map((area) => [area.key, { key: area.key, label: area.label, goals: [] }]),
  );
  for (const goal of goals) {
    const group = groups.get(goal.lifeAreaKey) ?? {
      key: goal.lifeAreaKey,
      label: undefined,
      goals: [],
    };
    group.goals.push(goal);
    groups.set(goal.lifeAreaKey, group);
  }
  return [...groups.values()].filter((group) => group.goals.length > 0);
}
