import { z } from 'zod';
import {
  CASE_STATUSES,
  isoDate,
  LIMITS,
  notAfterToday,
  optionalMultiline,
  type CaseStatus,
  type RecordIssue,
} from '@/core/index';

/** Which statuses a case can move to from each status. */
export const NEXT_STATUSES: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['paused', 'closed'],
  paused: ['open', 'closed'],
  closed: ['open'],
};

export interface StatusChangeValues {
  status: CaseStatus;
  date: string;
  reason: string;
}

/**
 * The form's own checks; whether a reason is needed and whether the date lies
 * before the case was opened are the case file schema's, checked on save.
 */
export const statusChangeSchema = z
  .object({
    status: z.enum(CASE_STATUSES),
    date: isoDate,
    reason: optionalMultiline(LIMITS.shortText),
  })
  .superRefine((v, ctx) => notAfterToday(ctx, v.date, 'date'));

const FIELD_OF_RECORD_PATH: Record<string, keyof StatusChangeValues> = {
  closedOn: 'date',
  statusSince: 'date',
  statusReason: 'reason',
  status: 'status',
};

/** The case file's refused fields as this form's fields; the first problem per field is kept. */
export function statusFormIssues(issues: RecordIssue[]): RecordIssue[] {
  const seen = new Set<string>();
  return issues
    .map((issue) => ({ ...issue, path: FIELD_OF_RECORD_PATH[issue.path] ?? '' }))
    .filter((issue) => !seen.has(issue.path) && seen.add(issue.path));
}
