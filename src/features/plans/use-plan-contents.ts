import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';
import { byDueDate } from './by-due-date';

export interface PlanContents {
  /** `null` when the case has no plan on this device. */
  plan: Row<'plans'> | null;
  /** In the order they were made (ids are time-ordered). */
  goals: Row<'goals'>[];
  /** By goal id, each goal's steps by due date (undated last). */
  steps: Map<string, Row<'steps'>[]>;
  /** Newest first. */
  reviews: Row<'reviews'>[];
  /** Version 1 first. */
  versions: Row<'planVersions'>[];
}

const live = <T extends { deleted?: boolean }>(rows: T[]) => rows.filter((row) => !row.deleted);

/**
 * Everything of a case's plan in one live query. Every row carries its case as
 * `scope`, so all five tables are read at once through that index instead of
 * one after the other (plan, then its goals, then their steps): opening a case
 * costs one round trip to IndexedDB.
 */
export function usePlanContents(caseId: string): PlanContents | undefined {
  return useLiveQuery(async () => {
    const [plans, goals, steps, reviews, versions] = await Promise.all([
      db.plans.where('scope').equals(caseId).toArray(),
      db.goals.where('scope').equals(caseId).toArray(),
      db.steps.where('scope').equals(caseId).toArray(),
      db.reviews.where('scope').equals(caseId).toArray(),
      db.planVersions.where('scope').equals(caseId).toArray(),
    ]);
    const plan = live(plans)[0] ?? null;
    const ofPlan = <T extends { planId: string; deleted?: boolean }>(rows: T[]) =>
      live(rows).filter((row) => row.planId === plan?.id);
    const stepsByGoal = new Map<string, Row<'steps'>[]>();
    for (const step of ofPlan(steps).sort(byDueDate))
      stepsByGoal.set(step.goalId, [...(stepsByGoal.get(step.goalId) ?? []), step]);
    return {
      plan,
      goals: ofPlan(goals).sort((a, b) => a.id.localeCompare(b.id)),
      steps: stepsByGoal,
      reviews: ofPlan(reviews).sort(
        (a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id),
      ),
      versions: ofPlan(versions).sort((a, b) => a.number - b.number),
    };
  }, [caseId]);
}
