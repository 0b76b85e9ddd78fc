import type { CaseInfo } from './case-info';
import type { DemoContext } from './demo-context';
import { dayOf } from './demo-dates';
import { demoRecord } from './demo-record';
import { generateCase } from './generate-case';
import type { PersonSeed } from './generate-client';
import { generateHousing } from './housing';
import { ORIGINS } from './origins';
import type { PartnersByType } from './partners';
import { firstNameFor, lastNameFor, type Sex } from './person-names';
import { randomAddress } from './places';

const YEAR = 365;
/** One unit in eight is a household of 2–5 clients: about a third of clients then live in one. */
const HOUSEHOLD_CHANCE = 1 / 8;

type Base = Omit<PersonSeed, 'firstName' | 'lastName' | 'birthDay' | 'languages'>;

/**
 * Makes `count` clients with their cases, as single people or as households
 * sharing origin, address, housing and mostly the surname. A household record
 * takes the case of its head as scope.
 */
export function generateClients(
  context: DemoContext,
  partners: PartnersByType,
  count: number,
): CaseInfo[] {
  const { random, today } = context;
  const cases: CaseInfo[] = [];
  while (cases.length < count) {
    const remaining = count - cases.length;
    const origin = random.weighted(ORIGINS);
    const openedOn = today - random.int(60, 730);
    const arrivalFrom = Math.min(dayOf(origin.arrivalFrom), openedOn - 30);
    const arrivalDay = random.int(arrivalFrom, openedOn - 30);
    const housing = generateHousing(random, arrivalDay, today);
    const base: Base = { origin, arrivalDay, address: randomAddress(random), housing, openedOn };

    if (remaining > 1 && random.chance(HOUSEHOLD_CHANCE)) {
      const householdId = context.newId(openedOn);
      const members = householdMembers(
        context,
        base,
        householdId,
        random.int(2, Math.min(5, remaining)),
      );
      const memberCases = members.map((member) => generateCase(context, partners, member));
      context.records.push(
        demoRecord('households', householdId, memberCases[0]!.caseId, {
          name: `Familie ${members[0]!.lastName}`,
          note: random.chance(0.3)
            ? `Im Haushalt leben außerdem ${random.int(1, 3)} minderjährige Kinder.`
            : undefined,
        }),
      );
      cases.push(...memberCases);
    } else {
      const sex: Sex = random.chance(0.55) ? 'male' : 'female';
      cases.push(generateCase(context, partners, person(context, base, sex, random.int(18, 62))));
    }
  }
  return cases;
}

/** The head first, then maybe a partner of similar age, then grown children or other relatives. */
function householdMembers(
  context: DemoContext,
  base: Base,
  householdId: string,
  size: number,
): PersonSeed[] {
  const { random, today } = context;
  const headSex: Sex = random.chance(0.7) ? 'male' : 'female';
  const headAge = random.int(38, 60);
  const head = person(context, base, headSex, headAge);
  head.household = { id: householdId, role: 'head' };
  const members = [head];
  const withPartner = random.chance(0.7);
  while (members.length < size) {
    const role =
      members.length === 1 && withPartner ? 'partner' : random.chance(0.8) ? 'child' : 'relative';
    const sex: Sex =
      role === 'partner'
        ? headSex === 'male'
          ? 'female'
          : 'male'
        : random.chance(0.5)
          ? 'male'
          : 'female';
    const age =
      role === 'partner'
        ? headAge + random.int(-6, 4)
        : role === 'child'
          ? random.int(16, Math.min(26, headAge - 18))
          : random.int(20, 70);
    const openedOn = Math.min(base.openedOn + random.int(0, 60), today - 30);
    const member = person(context, { ...base, openedOn }, sex, age);
    for (let retry = 0; retry < 5 && members.some((m) => m.firstName === member.firstName); retry++)
      member.firstName = firstNameFor(random, base.origin, sex);
    // Eritrean children carry their father's first name as surname; others mostly share the head's.
    if (role === 'child' && base.origin.key === 'eritrea' && headSex === 'male')
      member.lastName = head.firstName;
    else if (role !== 'relative' || random.chance(0.5)) member.lastName = head.lastName;
    // Some came later by family reunification.
    if (random.chance(0.25))
      member.arrivalDay = Math.min(base.arrivalDay + random.int(30, 500), openedOn - 14);
    member.household = { id: householdId, role };
    members.push(member);
  }
  return members;
}

function person(context: DemoContext, base: Base, sex: Sex, age: number): PersonSeed {
  const { random, today } = context;
  const birthDay = today - age * YEAR - random.int(0, YEAR - 1);
  return {
    ...base,
    firstName: firstNameFor(random, base.origin, sex),
    lastName: lastNameFor(random, base.origin),
    birthDay,
    arrivalDay: Math.max(base.arrivalDay, birthDay + 1),
    languages: random.weighted(base.origin.languageSets),
  };
}
