import { z } from 'zod';
import { idRef, isoDate, LIMITS, optionalLine, optionalMultiline, requiredLine } from './fields';

export const PARTNER_TYPES = [
  'jobcenter',
  'employmentAgency',
  'adultMigrationCounselling',
  'youthMigrationService',
  'refugeeSocialWork',
  'languageCourse',
  'counselling',
  'other',
] as const;

export const partnerFieldsSchema = z.object({
  name: requiredLine(),
  type: z.enum(PARTNER_TYPES),
  contactPerson: optionalLine(LIMITS.name),
  phone: optionalLine(40),
  email: z.preprocess((v) => (v === '' ? undefined : v), z.email().max(254).optional()),
  address: optionalLine(),
  languages: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .max(20)
    .default([]),
  note: optionalMultiline(LIMITS.shortText),
});
export type PartnerFields = z.infer<typeof partnerFieldsSchema>;
export type PartnerInput = z.input<typeof partnerFieldsSchema>;

export const REFERRAL_STATUSES = ['planned', 'sent', 'accepted', 'completed', 'declined'] as const;

export const referralFieldsSchema = z.object({
  caseId: idRef,
  clientId: idRef,
  partnerId: idRef,
  lifeAreaKey: z.string().min(1).max(40).optional(),
  date: isoDate,
  status: z.enum(REFERRAL_STATUSES),
  note: optionalMultiline(LIMITS.shortText),
});
export type ReferralFields = z.infer<typeof referralFieldsSchema>;
export type ReferralInput = z.input<typeof referralFieldsSchema>;
