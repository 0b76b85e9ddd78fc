import { AREA_WEIGHTS, type AreaProfile } from './area-profiles';
import type { CaseInfo } from './case-info';
import { REVIEW_SUMMARIES } from './case-texts';
import type { DemoContext } from './demo-context';
import { isoOf } from './demo-dates';
import { demoRecord, type DemoRecord } from './demo-record';
import { generateGoal } from './generate-goal';
import type { PartnersByType } from './partners';

const GOAL_COUNTS = [
  [2, 2],
  [3, 4],
  [4, 3],
] as const;
const REVIEW_COUNTS = [
  [0, 1],
  [1, 2],
  [2, 2],
] as const;

/**
 * The integration plan: made within a month of the first interview, with
 * 2–4 goals in different life areas and up to two reviews (Fortschreibungen)
 * while the case is active. Returns when it was made and the goals' areas.
 */
export function generatePlan(
  context: DemoContext,
  partners: PartnersByType,
  info: CaseInfo,
): { createdOn: number; areas: AreaProfile[] } {
  const { random } = context;
  const createdOn = Math.min(info.openedOn + random.int(3, 30), info.lastActiveDay);
  const planId = context.newId(createdOn);
  context.records.push(
    demoRecord('plans', planId, info.caseId, {
      caseId: info.caseId,
      clientId: info.clientId,
      createdOn: isoOf(createdOn),
      allowStepsAfterGoalTarget: false,
    }),
  );
  const areas = pickAreas(context, random.weighted(GOAL_COUNTS));
  const firstGoalRecord = context.records.length;
  for (const area of areas) generateGoal(context, partners, info, { planId, createdOn }, area);
  const planRecords = context.records.slice(firstGoalRecord);
  generateReviews(context, info, { planId, createdOn, planRecords });
  return { createdOn, areas };
}

function generateReviews(
  context: DemoContext,
  info: CaseInfo,
  plan: { planId: string; createdOn: number; planRecords: DemoRecord[] },
): void {
  const { random } = context;
  let reviewDay = plan.createdOn;
  let versions = 0;
  for (let count = random.weighted(REVIEW_COUNTS); count > 0; count--) {
    reviewDay += random.int(90, 180);
    if (reviewDay > info.lastActiveDay) break;
    const reviewId = context.newId(reviewDay);
    const agreed = random.chance(0.65);
    context.records.push(
      demoRecord('reviews', reviewId, info.caseId, {
        planId: plan.planId,
        caseId: info.caseId,
        date: isoOf(reviewDay),
        summary: random.pick(REVIEW_SUMMARIES),
        nextReviewDate:
          info.status === 'closed' ? undefined : isoOf(reviewDay + random.int(90, 180)),
        agreed,
      }),
    );
    // An agreed review freezes the plan as it is, as the app does (src/db/commands/add-review.ts).
    if (agreed)
      context.records.push(
        demoRecord('planVersions', context.newId(reviewDay), info.caseId, {
          planId: plan.planId,
          caseId: info.caseId,
          number: ++versions,
          reviewId,
          frozenOn: isoOf(reviewDay),
          goals: plan.planRecords.flatMap((r) =>
            r.table === 'goals' ? [{ ...r.fields, id: r.id }] : [],
          ),
          steps: plan.planRecords.flatMap((r) =>
            r.table === 'steps' ? [{ ...r.fields, id: r.id }] : [],
          ),
        }),
      );
  }
}

/** Distinct life areas, common ones (language, work, housing) more often. */
function pickAreas(context: DemoContext, count: number): AreaProfile[] {
  const chosen: AreaProfile[] = [];
  while (chosen.length < count) {
    const area = context.random.weighted(AREA_WEIGHTS);
    if (!chosen.includes(area)) chosen.push(area);
  }
  return chosen;
}
