import type { RecordFields } from '../domain/record-types';
import type { CaseInfo } from './case-info';
import { SENSITIVE_TEXTS } from './case-texts';
import type { DemoContext } from './demo-context';
import { isoOf } from './demo-dates';
import type { Housing } from './housing';
import type { Origin } from './origins';
import { dramaPhoneNumber, type Address } from './places';

/** A person about to become a client, as households.ts makes them; days are day numbers. */
export interface PersonSeed {
  origin: Origin;
  firstName: string;
  lastName: string;
  birthDay: number;
  arrivalDay: number;
  openedOn: number;
  languages: readonly string[];
  address: Address;
  housing: Housing;
  household?: { id: string; role: NonNullable<RecordFields<'clients'>['householdRole']> };
}

const GERMAN_B1_OR_ABOVE = ['B1', 'B2', 'C1', 'C2'];

/**
 * The client record. Consent is given on the day the case opens; the special
 * categories (health, disability, protection needs, religion) stay empty for
 * all but a few clients.
 */
export function clientFields(
  context: DemoContext,
  person: PersonSeed,
  info: CaseInfo,
  outcome: RecordFields<'indicators'>,
): RecordFields<'clients'> {
  const { random } = context;
  const speaksGerman = GERMAN_B1_OR_ABOVE.includes(outcome.germanLevel ?? '');
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    dateOfBirth: isoOf(person.birthDay),
    nationality: person.origin.nationality,
    languages: speaksGerman ? [...person.languages, 'de'] : [...person.languages],
    preferredLanguage: info.preferredLanguage,
    arrivalDate: isoOf(person.arrivalDay),
    residenceStatus: residenceStatus(context, person),
    accommodationType: person.housing.accommodationType,
    addressStreet: person.address.street,
    addressPostalCode: person.address.postalCode,
    addressCity: person.address.city,
    phone: random.chance(0.7) ? dramaPhoneNumber(random) : undefined,
    householdId: person.household?.id,
    householdRole: person.household?.role,
    consentGivenOn: isoOf(person.openedOn),
    consentScopes: [
      'counselling',
      ...(random.chance(0.7) ? (['partnerSharing'] as const) : []),
      ...(random.chance(0.85) ? (['reporting'] as const) : []),
    ],
    health: random.chance(0.06) ? random.pick(SENSITIVE_TEXTS.health) : undefined,
    disability: random.chance(0.03) ? random.pick(SENSITIVE_TEXTS.disability) : undefined,
    protectionNeeds: random.chance(0.04) ? random.pick(SENSITIVE_TEXTS.protectionNeeds) : undefined,
    religion: random.chance(0.05) ? random.pick(person.origin.religions) : undefined,
  };
}

/** Citizenship and settlement need years in Germany; recent arrivals cannot have them yet. */
function residenceStatus(context: DemoContext, person: PersonSeed) {
  const status = context.random.weighted(person.origin.residenceStatuses);
  const years = (context.today - person.arrivalDay) / 365;
  if (status === 'citizen' && years < 6) return 'refugeeRecognised';
  if (status === 'settlementPermit' && years < 3) return 'subsidiaryProtection';
  return status;
}
