import { z } from 'zod';
import { idRef, isoDate, LIMITS, optionalMultiline, requiredLine } from './fields';
import { notAfterToday } from './date-rules';

/** One session with several clients; attendance is logged as a contact in each attendee's case. */
export const groupOfferFieldsSchema = z
  .object({
    title: requiredLine(),
    date: isoDate,
    durationMinutes: z.coerce.number().int().min(1).max(600),
    lifeAreaKeys: z.array(z.string().min(1).max(40)).max(20).default([]),
    attendeeCaseIds: z.array(idRef).min(1).max(200),
    note: optionalMultiline(LIMITS.shortText),
  })
  .superRefine((g, ctx) => notAfterToday(ctx, g.date, 'date'));
export type GroupOfferFields = z.infer<typeof groupOfferFieldsSchema>;
export type GroupOfferInput = z.input<typeof groupOfferFieldsSchema>;
