import { z } from 'zod';
import { outcomeFieldsSchema } from '@/core/index';

/**
 * The outcome schema as the form sees it: an emptied number input arrives as
 * '' and must mean "not given", not 0 (which the schema's coercion would make of it).
 */
export const outcomeFormSchema = z.preprocess((values) => {
  if (typeof values !== 'object' || values === null) return values;
  const { weeklyHours } = values as { weeklyHours?: unknown };
  const empty = weeklyHours === '' || weeklyHours === null || Number.isNaN(weeklyHours);
  return { ...values, weeklyHours: empty ? undefined : weeklyHours };
}, outcomeFieldsSchema);

/** The fields the form edits; saving names each of them, so a cleared field is cleared in the record. */
export const OUTCOME_FORM_FIELDS = [
  'germanLevel',
  'germanCertificate',
  'germanLevelDate',
  'occupationType',
  'occupationSince',
  'occupationUntil',
  'contractType',
  'weeklyHours',
  'ownFlatSince',
  'healthSituation',
  'jobFit',
] as const;
