import { z } from 'zod';
import { BARRIER_KEYS } from './barrier';
import {
  idRef,
  isoDate,
  LIMITS,
  multiline,
  optionalDate,
  optionalMultiline,
  requiredLine,
} from './fields';
import { notBefore } from './date-rules';

export const GOAL_STATUSES = ['open', 'inProgress', 'achieved', 'dropped'] as const;
export const GOAL_PRIORITIES = ['high', 'medium', 'low'] as const;
export const STEP_RESPONSIBLES = ['client', 'manager', 'partner'] as const;

export const planFieldsSchema = z.object({
  caseId: idRef,
  clientId: idRef,
  createdOn: isoDate,
  /** Whether steps may be due after their goal's target date; an organisation's policy. */
  allowStepsAfterGoalTarget: z.boolean().default(false),
});
export type PlanFields = z.infer<typeof planFieldsSchema>;

export const goalFieldsSchema = z.object({
  planId: idRef,
  caseId: idRef,
  lifeAreaKey: z.string().min(1).max(40),
  text: multiline(LIMITS.shortText).pipe(z.string().trim().min(1)),
  /** The goal in the client's own language, as agreed with them. */
  clientText: optionalMultiline(LIMITS.shortText),
  clientLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  targetDate: optionalDate,
  priority: z.enum(GOAL_PRIORITIES),
  status: z.enum(GOAL_STATUSES),
  barriers: z.array(z.enum(BARRIER_KEYS)).max(BARRIER_KEYS.length).default([]),
});
export type GoalFields = z.infer<typeof goalFieldsSchema>;
export type GoalInput = z.input<typeof goalFieldsSchema>;

export const stepFieldsSchema = z
  .object({
    goalId: idRef,
    planId: idRef,
    caseId: idRef,
    text: requiredLine(500),
    responsible: z.enum(STEP_RESPONSIBLES),
    partnerId: idRef.optional(),
    dueDate: optionalDate,
    doneOn: optionalDate,
  })
  .superRefine((s, ctx) => {
    if (s.responsible === 'partner' && !s.partnerId)
      ctx.addIssue({ code: 'custom', path: ['partnerId'], params: { key: 'partnerRequired' } });
  });
export type StepFields = z.infer<typeof stepFieldsSchema>;
export type StepInput = z.input<typeof stepFieldsSchema>;

/** A step is checked against its goal: due no later than the goal's target, unless the plan allows it. */
export function stepFitsGoal(
  step: Pick<StepFields, 'dueDate'>,
  goal: Pick<GoalFields, 'targetDate'>,
  plan: Pick<PlanFields, 'allowStepsAfterGoalTarget'>,
): boolean {
  if (plan.allowStepsAfterGoalTarget || !step.dueDate || !goal.targetDate) return true;
  return step.dueDate <= goal.targetDate;
}

export const reviewFieldsSchema = z
  .object({
    planId: idRef,
    caseId: idRef,
    date: isoDate,
    summary: multiline(LIMITS.note).pipe(z.string().trim().min(1)),
    nextReviewDate: optionalDate,
    /** An agreed review freezes the plan as a new version. */
    agreed: z.boolean().default(false),
  })
  .superRefine((r, ctx) =>
    notBefore(ctx, r.nextReviewDate, r.date, 'nextReviewDate', 'nextReviewBeforeReview'),
  );
export type ReviewFields = z.infer<typeof reviewFieldsSchema>;
export type ReviewInput = z.input<typeof reviewFieldsSchema>;

export const planVersionFieldsSchema = z.object({
  planId: idRef,
  caseId: idRef,
  number: z.number().int().min(1),
  reviewId: idRef,
  frozenOn: isoDate,
  goals: z.array(goalFieldsSchema.extend({ id: idRef })),
  steps: z.array(z.object({ id: idRef }).passthrough()),
});
export type PlanVersionFields = z.infer<typeof planVersionFieldsSchema>;
