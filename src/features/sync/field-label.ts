import type { TFunction } from 'i18next';

/** Where the forms already name a table's fields; the sync texts only add what they lack. */
const FORM_LABELS: Record<string, string> = {
  clients: 'clients:fields',
  contacts: 'contacts:fields',
  goals: 'plans:goal',
  steps: 'plans:steps',
  reviews: 'plans:reviews',
  referrals: 'referrals:fields',
  partners: 'partners:fields',
  groupOffers: 'groups:fields',
};

/** The namespaces fieldLabel and fieldValueText read; load them before rendering labels. */
export const LABEL_NAMESPACES = [
  'sync',
  'common',
  'clients',
  'cases',
  'contacts',
  'plans',
  'referrals',
  'partners',
  'groups',
  'validation',
];

/** A field's name as the forms show it, the raw field name when no text names it. */
export function fieldLabel(t: TFunction, table: string, field: string): string {
  const keys = [`sync:fields.${table}.${field}`];
  if (FORM_LABELS[table]) keys.push(`${FORM_LABELS[table]}.${field}`);
  keys.push(`sync:fields.${field}`);
  const label = t(keys, { defaultValue: field });
  return typeof label === 'string' ? label : field;
}
