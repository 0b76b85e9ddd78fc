import type { GOAL_STATUSES } from '../domain/plan';
import type { AreaProfile } from './area-profiles';
import type { CaseInfo } from './case-info';
import type { DemoContext } from './demo-context';
import { optionalIsoOf } from './demo-dates';
import { demoRecord } from './demo-record';
import { GOAL_TEXTS, type GoalText } from './goal-texts';
import { partnerFor, type PartnersByType } from './partners';

type GoalStatus = (typeof GOAL_STATUSES)[number];

const PRIORITIES = [
  ['high', 3],
  ['medium', 5],
  ['low', 2],
] as const;
const STEP_COUNTS = [
  [1, 2],
  [2, 4],
  [3, 4],
] as const;
const RESPONSIBLES = [
  ['client', 5],
  ['manager', 3],
  ['partner', 3],
] as const;
const FALLBACK_TEXT: readonly GoalText[] = [{ de: 'Ziel gemeinsam festlegen.' }];

/**
 * One goal in a life area with 1–3 steps. Each step is due between a week
 * after the plan was made and the goal's target date (never after it: demo
 * plans keep `allowStepsAfterGoalTarget` off).
 */
export function generateGoal(
  context: DemoContext,
  partners: PartnersByType,
  info: CaseInfo,
  plan: { planId: string; createdOn: number },
  area: AreaProfile,
): void {
  const { random, today } = context;
  const { caseId } = info;
  const { planId, createdOn } = plan;
  const text = random.pick(GOAL_TEXTS[area.key] ?? FALLBACK_TEXT);
  const clientText = random.chance(0.9) ? translation(text, info.preferredLanguage) : undefined;
  const targetDate = random.chance(0.9) ? createdOn + random.int(90, 540) : undefined;
  const status = goalStatus(context, info, targetDate);
  const goalId = context.newId(createdOn);
  context.records.push(
    demoRecord('goals', goalId, caseId, {
      planId,
      caseId,
      lifeAreaKey: area.key,
      text: text.de,
      clientText,
      clientLanguage: clientText === undefined ? undefined : info.preferredLanguage,
      targetDate: optionalIsoOf(targetDate),
      priority: random.weighted(PRIORITIES),
      status,
      barriers: random.chance(0.4) ? [] : random.sample(area.barriers, random.int(1, 2)),
    }),
  );

  for (const stepText of random.sample(area.steps, random.weighted(STEP_COUNTS))) {
    const responsible = random.weighted(RESPONSIBLES);
    const dueDate = random.chance(0.9)
      ? random.int(createdOn + 7, targetDate ?? createdOn + 365)
      : undefined;
    const done =
      dueDate !== undefined && dueDate <= today && random.chance(status === 'achieved' ? 1 : 0.6);
    context.records.push(
      demoRecord('steps', context.newId(createdOn), caseId, {
        goalId,
        planId,
        caseId,
        text: stepText,
        responsible,
        partnerId:
          responsible === 'partner' ? partnerFor(context, partners, area.partnerTypes) : undefined,
        dueDate: optionalIsoOf(dueDate),
        doneOn: optionalIsoOf(
          done ? Math.min(Math.max(dueDate - random.int(0, 20), createdOn), today) : undefined,
        ),
      }),
    );
  }
}

function translation(text: GoalText, language: string): string | undefined {
  return (text as Partial<Record<string, string>>)[language];
}

/** Closed cases end with goals reached or dropped; goals past their target are mostly settled. */
function goalStatus(
  context: DemoContext,
  info: CaseInfo,
  targetDate: number | undefined,
): GoalStatus {
  const { random } = context;
  if (info.status === 'closed')
    return random.weighted([
      ['achieved', 65],
      ['dropped', 35],
    ] as const);
  if (targetDate !== undefined && targetDate < context.today)
    return random.weighted([
      ['achieved', 45],
      ['inProgress', 35],
      ['dropped', 10],
      ['open', 10],
    ] as const);
  return random.weighted([
    ['open', 35],
    ['inProgress', 55],
    ['achieved', 10],
  ] as const);
}
