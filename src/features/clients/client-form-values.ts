import { z } from 'zod';
import {
  clientFieldsSchema,
  householdFieldsSchema,
  toRecordIssues,
  type ClientInput,
  type RecordInput,
} from '@/core/index';
import type { Row } from '@/db/records/row';

export const HOUSEHOLD_CHOICES = ['none', 'join', 'new'] as const;
export type HouseholdChoice = (typeof HOUSEHOLD_CHOICES)[number];

/** Names of every client field, so that an edit can clear a field as well as change it. */
const CLIENT_FIELD_NAMES = Object.keys(clientFieldsSchema.shape) as (keyof ClientInput)[];

/**
 * What the form holds: the client's fields as inputs show them, plus the household
 * choice. Selects hold `undefined` for "nothing chosen", as the client schema expects.
 */
export interface ClientFormValues {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  nationality: string;
  languages: string[];
  preferredLanguage?: string;
  arrivalDate: string;
  residenceStatus?: string;
  accommodationType?: string;
  addressStreet: string;
  addressPostalCode: string;
  addressCity: string;
  phone: string;
  householdChoice: HouseholdChoice;
  householdId?: string;
  householdRole?: string;
  newHouseholdName: string;
  consentGivenOn: string;
  consentScopes: string[];
  consentWithdrawnOn: string;
  health: string;
  disability: string;
  protectionNeeds: string;
  religion: string;
}

const householdPartSchema = z
  .object({
    householdChoice: z.enum(HOUSEHOLD_CHOICES),
    householdId: z.string().optional(),
    newHouseholdName: z.string().optional(),
  })
  .superRefine((values, ctx) => {
    if (values.householdChoice === 'join' && !values.householdId)
      ctx.addIssue({ code: 'custom', path: ['householdId'], params: { key: 'required' } });
    if (values.householdChoice !== 'new') return;
    // The new household's name is checked as its record will be, but only when one is founded.
    const name = householdFieldsSchema.shape.name.safeParse(values.newHouseholdName ?? '');
    if (!name.success)
      for (const { key, params } of toRecordIssues(name.error))
        ctx.addIssue({ code: 'custom', path: ['newHouseholdName'], params: { ...params, key } });
  });

/** Fields that may be left out; an emptied input of one of them means "not given". */
const OPTIONAL_FIELDS = new Set(
  CLIENT_FIELD_NAMES.filter((name) => clientFieldsSchema.shape[name].safeParse(undefined).success),
);

/**
 * The client's own schema from src/core, plus the household choice the form offers.
 * Emptied optional inputs are passed on as `undefined` (the postal code and phone
 * schemas refuse an empty string); emptied required ones stay empty strings, which are
 * refused as "required" without skipping the checks that compare fields.
 */
export const clientFormSchema = z.preprocess(
  (values) =>
    Object.fromEntries(
      Object.entries(values as Record<string, unknown>).map(([name, value]) => [
        name,
        value === '' && OPTIONAL_FIELDS.has(name as keyof ClientInput) ? undefined : value,
      ]),
    ),
  z.intersection(clientFieldsSchema, householdPartSchema),
);

export const SENSITIVE_FIELDS = ['health', 'disability', 'protectionNeeds', 'religion'] as const;

export function emptyClientForm(): ClientFormValues {
  return {
    firstName: '',
    lastName: '',
    dateOfBirth: '',
    nationality: '',
    languages: [],
    preferredLanguage: undefined,
    arrivalDate: '',
    residenceStatus: undefined,
    accommodationType: undefined,
    addressStreet: '',
    addressPostalCode: '',
    addressCity: '',
    phone: '',
    householdChoice: 'none',
    householdId: undefined,
    householdRole: undefined,
    newHouseholdName: '',
    consentGivenOn: '',
    consentScopes: [],
    consentWithdrawnOn: '',
    health: '',
    disability: '',
    protectionNeeds: '',
    religion: '',
  };
}

/** A stored client as the form shows it. */
export function clientFormFromRow(client: Row<'clients'>): ClientFormValues {
  const values = emptyClientForm();
  for (const name of CLIENT_FIELD_NAMES) {
    const value = client[name];
    if (value !== undefined && value !== null)
      (values as unknown as Record<string, unknown>)[name] = value;
  }
  values.householdChoice = client.householdId ? 'join' : 'none';
  return values;
}

/**
 * The client's fields from validated form values: every field named (so a cleared
 * field is cleared when stored), empty text as "not given", the household as chosen.
 */
export function clientInputFrom(values: ClientFormValues): ClientInput {
  const input: Record<string, unknown> = {};
  for (const name of CLIENT_FIELD_NAMES) {
    const value = (values as unknown as Record<string, unknown>)[name];
    input[name] = value === '' ? undefined : value;
  }
  if (values.householdChoice !== 'join') input.householdId = undefined;
  if (values.householdChoice === 'none') input.householdRole = undefined;
  return input as ClientInput;
}

/** The household to found with this save, if the manager chose to found one. */
export function newHouseholdFrom(values: ClientFormValues): RecordInput<'households'> | undefined {
  return values.householdChoice === 'new' ? { name: values.newHouseholdName } : undefined;
}
