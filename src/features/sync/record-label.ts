import type { TFunction } from 'i18next';
import { formatDate } from '@/components/format-date';

type Summary = (row: Record<string, unknown>) => unknown;

/** What names one record among its kind: a goal by its text, a contact by its date. */
const SUMMARIES: Record<string, Summary> = {
  clients: (row) => [row.firstName, row.lastName].filter(Boolean).join(' '),
  households: (row) => row.name,
  caseFiles: (row) => row.caseNumber,
  contacts: (row) => typeof row.date === 'string' && formatDate(row.date),
  goals: (row) => row.text,
  steps: (row) => row.text,
  reviews: (row) => typeof row.date === 'string' && formatDate(row.date),
  referrals: (row) => typeof row.date === 'string' && formatDate(row.date),
  partners: (row) => row.name,
  groupOffers: (row) => row.title,
};

const MAX_SUMMARY = 60;

/** A record as a person recognises it, e.g. `Ziel „Deutschkurs B1 abschließen“`; its kind alone when it is gone. */
export function recordLabel(t: TFunction, table: string, record: object | undefined): string {
  const kind = t(`sync:tables.${table}`, { defaultValue: table });
  const summary = record ? SUMMARIES[table]?.(record as Record<string, unknown>) : undefined;
  if (typeof summary !== 'string' || !summary) return kind;
  const short =
    summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1).trimEnd()}…` : summary;
  return t('sync:record.quoted', { kind, summary: short });
}
