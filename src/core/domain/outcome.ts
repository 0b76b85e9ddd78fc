import { z } from 'zod';
import { emptyAsMissing, idRef, optionalDate } from './fields';
import { notBefore } from './date-rules';

export const GERMAN_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type GermanLevel = (typeof GERMAN_LEVELS)[number];
export const OCCUPATION_TYPES = ['work', 'vocationalTraining', 'studies'] as const;
export type OccupationType = (typeof OCCUPATION_TYPES)[number];
export const CONTRACT_TYPES = [
  'permanent',
  'fixedTerm',
  'miniJob',
  'selfEmployed',
  'other',
] as const;
export const HEALTH_SITUATIONS = ['stable', 'limited', 'severe'] as const;
export const JOB_FITS = ['matchesQualification', 'partly', 'belowQualification'] as const;

/**
 * What a client has reached, one record per client (table `indicators`).
 * The *eigenständiges Leben* indicator is computed from these fields by
 * indicator definitions, which are data (see indicators/).
 */
export const outcomeFieldsSchema = z
  .object({
    clientId: idRef,
    caseId: idRef,
    germanLevel: z.enum(GERMAN_LEVELS).optional(),
    germanCertificate: z.boolean().default(false),
    germanLevelDate: optionalDate,
    occupationType: z.enum(OCCUPATION_TYPES).optional(),
    occupationSince: optionalDate,
    occupationUntil: optionalDate,
    contractType: z.enum(CONTRACT_TYPES).optional(),
    weeklyHours: emptyAsMissing(z.coerce.number().min(0).max(80)),
    ownFlatSince: optionalDate,
    healthSituation: z.enum(HEALTH_SITUATIONS).optional(),
    jobFit: z.enum(JOB_FITS).optional(),
  })
  .superRefine((o, ctx) =>
    notBefore(ctx, o.occupationUntil, o.occupationSince, 'occupationUntil', 'endBeforeStart'),
  );
export type OutcomeFields = z.infer<typeof outcomeFieldsSchema>;
export type OutcomeInput = z.input<typeof outcomeFieldsSchema>;
