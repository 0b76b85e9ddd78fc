import { z } from 'zod';
import { idRef, isoDate, LIMITS, optionalDate, optionalMultiline } from './fields';
import { notAfterToday, notBefore } from './date-rules';

export const CONTACT_MODES = ['inPerson', 'phone', 'video', 'group'] as const;

export const contactFieldsSchema = z
  .object({
    caseId: idRef,
    clientId: idRef,
    date: isoDate,
    durationMinutes: z.coerce.number().int().min(1).max(600),
    mode: z.enum(CONTACT_MODES),
    lifeAreaKeys: z.array(z.string().min(1).max(40)).max(20).default([]),
    note: optionalMultiline(LIMITS.note),
    followUpDate: optionalDate,
    groupOfferId: idRef.optional(),
  })
  .superRefine((c, ctx) => {
    notAfterToday(ctx, c.date, 'date');
    notBefore(ctx, c.followUpDate, c.date, 'followUpDate', 'followUpBeforeContact');
  });
export type ContactFields = z.infer<typeof contactFieldsSchema>;
export type ContactInput = z.input<typeof contactFieldsSchema>;
