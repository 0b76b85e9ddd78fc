import { z } from 'zod';
import {
  emptyAsMissing,
  idRef,
  LIMITS,
  optionalDate,
  optionalLine,
  optionalMultiline,
  requiredLine,
  sensitive,
} from './fields';
import { notAfterToday } from './date-rules';

export const ACCOMMODATION_TYPES = ['shared', 'followUp', 'private'] as const;
export const RESIDENCE_STATUSES = [
  'asylumProcedure',
  'refugeeRecognised',
  'subsidiaryProtection',
  'deportationBan',
  'toleratedStay',
  'temporaryProtection',
  'settlementPermit',
  'citizen',
  'other',
] as const;
export const HOUSEHOLD_ROLES = ['head', 'partner', 'child', 'relative', 'other'] as const;
export const CONSENT_SCOPES = ['counselling', 'partnerSharing', 'reporting'] as const;

const languageCode = z.string().regex(/^[a-z]{2,3}$/);

export const clientFieldsSchema = z
  .object({
    firstName: requiredLine(LIMITS.name),
    lastName: requiredLine(LIMITS.name),
    dateOfBirth: optionalDate,
    nationality: optionalLine(LIMITS.name),
    languages: z.array(languageCode).max(20).default([]),
    preferredLanguage: languageCode.optional(),
    arrivalDate: optionalDate,
    residenceStatus: z.enum(RESIDENCE_STATUSES).optional(),
    accommodationType: z.enum(ACCOMMODATION_TYPES).optional(),
    addressStreet: optionalLine(),
    addressPostalCode: emptyAsMissing(z.string().regex(/^\d{5}$/)),
    addressCity: optionalLine(LIMITS.name),
    phone: emptyAsMissing(z.string().regex(/^\+?[0-9 ()/-]{4,30}$/)),
    householdId: idRef.optional(),
    householdRole: z.enum(HOUSEHOLD_ROLES).optional(),
    consentGivenOn: optionalDate,
    consentScopes: z.array(z.enum(CONSENT_SCOPES)).default([]),
    consentWithdrawnOn: optionalDate,
    // GDPR Art. 9 special categories: optional, hidden until opened, encrypted with extra care later.
    health: sensitive(optionalMultiline(LIMITS.shortText)),
    disability: sensitive(optionalMultiline(LIMITS.shortText)),
    protectionNeeds: sensitive(optionalMultiline(LIMITS.shortText)),
    religion: sensitive(optionalLine(LIMITS.name)),
  })
  .superRefine((client, ctx) => {
    notAfterToday(ctx, client.dateOfBirth, 'dateOfBirth');
    notAfterToday(ctx, client.arrivalDate, 'arrivalDate');
    notAfterToday(ctx, client.consentGivenOn, 'consentGivenOn');
    if (client.dateOfBirth && client.dateOfBirth < '1900-01-01')
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], params: { key: 'dateTooEarly' } });
    if (client.dateOfBirth && client.arrivalDate && client.arrivalDate < client.dateOfBirth)
      ctx.addIssue({
        code: 'custom',
        path: ['arrivalDate'],
        params: { key: 'arrivalBeforeBirth' },
      });
    if (client.consentWithdrawnOn && !client.consentGivenOn)
      ctx.addIssue({
        code: 'custom',
        path: ['consentWithdrawnOn'],
        params: { key: 'withdrawnWithoutConsent' },
      });
    if (
      client.consentWithdrawnOn &&
      client.consentGivenOn &&
      client.consentWithdrawnOn < client.consentGivenOn
    )
      ctx.addIssue({
        code: 'custom',
        path: ['consentWithdrawnOn'],
        params: { key: 'withdrawnBeforeGiven' },
      });
  });
export type ClientFields = z.infer<typeof clientFieldsSchema>;
export type ClientInput = z.input<typeof clientFieldsSchema>;

export const householdFieldsSchema = z.object({
  name: requiredLine(LIMITS.name),
  note: optionalMultiline(LIMITS.shortText),
});
export type HouseholdFields = z.infer<typeof householdFieldsSchema>;
