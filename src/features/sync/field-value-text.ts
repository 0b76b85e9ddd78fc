import type { TFunction } from 'i18next';
import { formatDate } from '@/components/format-date';

/** Fields holding a choice, and where the forms keep the texts of those choices. */
const CHOICE_LABELS: Record<string, string> = {
  'goals.status': 'plans:statuses',
  'goals.priority': 'plans:priorities',
  'steps.responsible': 'plans:responsibles',
  'referrals.status': 'referrals:statuses',
  'contacts.mode': 'contacts:modes',
  'caseFiles.status': 'cases:status',
  'clients.residenceStatus': 'clients:residenceStatus',
  'clients.accommodationType': 'clients:accommodation',
  'clients.householdRole': 'clients:householdRole',
  'clients.preferredLanguage': 'common:languageNames',
  'clients.languages': 'common:languageNames',
  'partners.type': 'partners:types',
  'partners.languages': 'common:languageNames',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored field value as a person reads it: choices by their text, dates as dd.MM.yyyy. */
export function fieldValueText(t: TFunction, table: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('sync:value.empty');
  if (Array.isArray(value))
    return value.length
      ? value.map((item) => fieldValueText(t, table, field, item)).join(', ')
      : t('sync:value.empty');
  if (typeof value === 'boolean') return t(value ? 'sync:value.yes' : 'sync:value.no');
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  const choices = CHOICE_LABELS[`${table}.${field}`];
  if (choices) return t(`${choices}.${value}`, { defaultValue: value });
  return ISO_DATE.test(value) ? formatDate(value) : value;
}
