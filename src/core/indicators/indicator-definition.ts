import { z } from 'zod';
import { requiredLine } from '../domain/fields';
import { labelSchema } from '../domain/life-area';
import { GERMAN_LEVELS, HEALTH_SITUATIONS, JOB_FITS, OCCUPATION_TYPES } from '../domain/outcome';

/**
 * An outcome indicator is data, not code: an organisation changes the
 * criteria (or adds an indicator) by editing an `indicatorDefinitions` row.
 * The evaluator (evaluate-indicator.ts) knows each criterion *kind*, never a
 * definition's key.
 */
const criterionBase = { key: requiredLine(40), label: labelSchema };

export const germanLevelAtLeastSchema = z.object({
  kind: z.literal('germanLevelAtLeast'),
  ...criterionBase,
  level: z.enum(GERMAN_LEVELS),
  requireCertificate: z.boolean().optional(),
});

export const occupationActiveSchema = z.object({
  kind: z.literal('occupationActive'),
  ...criterionBase,
  types: z.array(z.enum(OCCUPATION_TYPES)).min(1),
});

export const ownFlatSchema = z.object({ kind: z.literal('ownFlat'), ...criterionBase });

/** Soft factors, beside the state's three criteria, so the indicator can be developed further. */
export const healthSituationInSchema = z.object({
  kind: z.literal('healthSituationIn'),
  ...criterionBase,
  values: z.array(z.enum(HEALTH_SITUATIONS)).min(1),
});

export const jobFitInSchema = z.object({
  kind: z.literal('jobFitIn'),
  ...criterionBase,
  values: z.array(z.enum(JOB_FITS)).min(1),
});

export const criterionSchema = z.discriminatedUnion('kind', [
  germanLevelAtLeastSchema,
  occupationActiveSchema,
  ownFlatSchema,
  healthSituationInSchema,
  jobFitInSchema,
]);
export type Criterion = z.infer<typeof criterionSchema>;
export type CriterionKind = Criterion['kind'];

/** Met when at least `count` of the criteria in `of` hold. */
export const atLeastRuleSchema = z.object({
  kind: z.literal('atLeast'),
  count: z.number().int().min(1),
  of: z.array(criterionSchema).min(1).max(50),
});
export type AtLeastRule = z.infer<typeof atLeastRuleSchema>;

export const indicatorDefinitionFieldsSchema = z
  .object({
    key: requiredLine(40),
    label: labelSchema,
    rule: atLeastRuleSchema,
  })
  .superRefine(({ rule }, ctx) => {
    if (rule.count > rule.of.length)
      ctx.addIssue({
        code: 'custom',
        path: ['rule', 'count'],
        params: { key: 'countExceedsCriteria', maximum: rule.of.length },
      });
    const seen = new Set<string>();
    rule.of.forEach((criterion, index) => {
      if (seen.has(criterion.key))
        ctx.addIssue({
          code: 'custom',
          path: ['rule', 'of', index, 'key'],
          params: { key: 'duplicateKey' },
        });
      seen.add(criterion.key);
    });
  });
export type IndicatorDefinitionFields = z.infer<typeof indicatorDefinitionFieldsSchema>;
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionFieldsSchema>;

/**
 * The state's 2021 success category *eigenständiges Leben*: two of three —
 * German at B1 or above; work, vocational training or studies; a flat of
 * one's own.
 */
export const DEFAULT_INDICATOR_DEFINITIONS: readonly IndicatorDefinitionFields[] = [
  {
    key: 'independentLiving',
    label: { de: 'Eigenständiges Leben', en: 'Independent living' },
    rule: {
      kind: 'atLeast',
      count: 2,
      of: [
        {
          kind: 'germanLevelAtLeast',
          key: 'german',
          label: { de: 'Deutsch mindestens B1', en: 'German at B1 or above' },
          level: 'B1',
        },
        {
          kind: 'occupationActive',
          key: 'occupation',
          label: {
            de: 'Arbeit, Ausbildung oder Studium',
            en: 'Work, vocational training or studies',
          },
          types: ['work', 'vocationalTraining', 'studies'],
        },
        {
          kind: 'ownFlat',
          key: 'ownFlat',
          label: { de: 'Eigene Wohnung', en: 'A flat of one’s own' },
        },
      ],
    },
  },
];
