import { z } from 'zod';
import {
  idRef,
  isoDate,
  LIMITS,
  line,
  optionalDate,
  optionalMultiline,
  requiredLine,
} from './fields';
import { notAfterToday, notBefore } from './date-rules';

export const CASE_STATUSES = ['open', 'paused', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const caseFileFieldsSchema = z
  .object({
    clientId: idRef,
    caseNumber: requiredLine(40),
    status: z.enum(CASE_STATUSES),
    openedOn: isoDate,
    /** The day the current status began. */
    statusSince: isoDate,
    statusReason: optionalMultiline(LIMITS.shortText),
    closedOn: optionalDate,
    assignedManagerIds: z.array(idRef).max(10).default([]),
    tags: z
      .array(line(40).pipe(z.string().min(1)))
      .max(20)
      .default([]),
  })
  .superRefine((c, ctx) => {
    notAfterToday(ctx, c.openedOn, 'openedOn');
    notAfterToday(ctx, c.statusSince, 'statusSince');
    notAfterToday(ctx, c.closedOn, 'closedOn');
    notBefore(ctx, c.closedOn, c.openedOn, 'closedOn', 'closedBeforeOpened');
    notBefore(ctx, c.statusSince, c.openedOn, 'statusSince', 'statusBeforeOpened');
    if (c.status === 'closed' && !c.closedOn)
      ctx.addIssue({ code: 'custom', path: ['closedOn'], params: { key: 'closedOnRequired' } });
    if (c.status !== 'closed' && c.closedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['closedOn'],
        params: { key: 'closedOnOnlyWhenClosed' },
      });
    if (c.status !== 'open' && !c.statusReason?.trim())
      ctx.addIssue({ code: 'custom', path: ['statusReason'], params: { key: 'reasonRequired' } });
  });
export type CaseFileFields = z.infer<typeof caseFileFieldsSchema>;
export type CaseFileInput = z.input<typeof caseFileFieldsSchema>;

/** A case number made offline without a central counter: year plus the id's random tail. */
export function makeCaseNumber(id: string, openedOn: string): string {
  return `IM-${openedOn.slice(0, 4)}-${id.replace(/-/g, '').slice(-6).toUpperCase()}`;
}
