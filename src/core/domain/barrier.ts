/**
 * Kinds of *Integrationshemmnis*, tagged on goals and only ever reported in
 * aggregate. Configuration: the UI text is `plans:barriers.<key>`.
 */
export const BARRIER_KEYS = [
  'childcare',
  'health',
  'residenceUncertain',
  'qualificationNotRecognised',
  'language',
  'housingMarket',
  'debts',
  'discrimination',
  'mobility',
  'psychologicalStrain',
  'literacy',
  'other',
] as const;
export type BarrierKey = (typeof BARRIER_KEYS)[number];
