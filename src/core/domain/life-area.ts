import { z } from 'zod';
import { requiredLine } from './fields';

/** Text in the interface languages; German is always there. */
export const labelSchema = z.object({ de: requiredLine(100), en: requiredLine(100).optional() });
export type Label = z.infer<typeof labelSchema>;

export const lifeAreaFieldsSchema = z.object({
  key: requiredLine(40),
  label: labelSchema,
  order: z.number().int().min(0).max(1000),
  active: z.boolean(),
});
export type LifeAreaFields = z.infer<typeof lifeAreaFieldsSchema>;

/**
 * The life areas of the state's programme. Configuration, not code: an
 * organisation adds its own (family, money, residence law) as lifeAreas rows.
 */
export const DEFAULT_LIFE_AREAS: readonly LifeAreaFields[] = [
  { key: 'language', label: { de: 'Sprache (Deutsch-Förderung)', en: 'Language (German)' } },
  { key: 'work', label: { de: 'Arbeit und Qualifizierung', en: 'Work and qualification' } },
  { key: 'education', label: { de: 'Bildung', en: 'Education' } },
  { key: 'housing', label: { de: 'Wohnen', en: 'Housing' } },
  { key: 'health', label: { de: 'Gesundheit und Pflege', en: 'Health and care' } },
  {
    key: 'participation',
    label: { de: 'Teilhabe und Begegnung', en: 'Participation and encounter' },
  },
  { key: 'religion', label: { de: 'Religiöse Vielfalt', en: 'Religious diversity' } },
  { key: 'family', label: { de: 'Familie', en: 'Family' } },
  { key: 'money', label: { de: 'Finanzen', en: 'Money' } },
  { key: 'residence', label: { de: 'Aufenthaltsrecht', en: 'Residence law' } },
].map((area, order) => ({ ...area, order, active: true }));
