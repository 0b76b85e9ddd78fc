import { makeCaseNumber } from '../domain/case-file';
import type { CaseInfo } from './case-info';
import { CASE_TAGS, CLOSED_REASONS, PAUSED_REASONS } from './case-texts';
import type { DemoContext } from './demo-context';
import { isoOf } from './demo-dates';
import { demoRecord } from './demo-record';
import { clientFields, type PersonSeed } from './generate-client';
import { generateContacts } from './generate-contacts';
import { generateOutcome } from './generate-outcome';
import { generatePlan } from './generate-plan';
import { generateReferrals } from './generate-referrals';
import type { PartnersByType } from './partners';

/** One client with their case file and everything recorded in it, all scoped to the case. */
export function generateCase(
  context: DemoContext,
  partners: PartnersByType,
  person: PersonSeed,
): CaseInfo {
  const { random, today } = context;
  const info = caseWindow(context, person);
  const { caseId, clientId } = info;
  const outcome = generateOutcome(random, {
    clientId,
    caseId,
    arrivalDay: person.arrivalDay,
    today,
    young: info.young,
    ownFlatSince: person.housing.ownFlatSince,
  });
  context.records.push(
    demoRecord('clients', clientId, caseId, clientFields(context, person, info, outcome)),
  );
  context.records.push(
    demoRecord('caseFiles', caseId, caseId, {
      clientId,
      caseNumber: makeCaseNumber(caseId, isoOf(info.openedOn)),
      status: info.status,
      openedOn: isoOf(info.openedOn),
      statusSince: isoOf(info.status === 'open' ? info.openedOn : info.lastActiveDay),
      statusReason:
        info.status === 'paused'
          ? random.pick(PAUSED_REASONS)
          : info.status === 'closed'
            ? random.pick(CLOSED_REASONS)
            : undefined,
      closedOn: info.status === 'closed' ? isoOf(info.lastActiveDay) : undefined,
      assignedManagerIds: context.managerIds.length > 0 ? [random.pick(context.managerIds)] : [],
      tags: caseTags(context, info),
    }),
  );
  const plan = generatePlan(context, partners, info);
  generateContacts(context, info, plan);
  context.records.push(demoRecord('indicators', context.newId(info.openedOn), caseId, outcome));
  generateReferrals(context, partners, info, plan);
  return info;
}

/** Mostly open; of the cases open long enough, some paused and a few closed. */
function caseWindow(context: DemoContext, person: PersonSeed): CaseInfo {
  const { random, today } = context;
  const { openedOn } = person;
  const caseId = context.newId(openedOn);
  const clientId = context.newId(openedOn);
  const status =
    openedOn <= today - 150
      ? random.weighted([
          ['open', 75],
          ['paused', 12],
          ['closed', 13],
        ] as const)
      : 'open';
  const lastActiveDay =
    status === 'paused'
      ? random.int(openedOn + 60, today - 7)
      : status === 'closed'
        ? random.int(openedOn + 120, today - 1)
        : today;
  return {
    caseId,
    clientId,
    openedOn,
    status,
    lastActiveDay,
    preferredLanguage: person.languages[0] ?? 'de',
    young: today - person.birthDay < 25 * 365,
  };
}

function caseTags(context: DemoContext, info: CaseInfo): string[] {
  const { random } = context;
  const tags = info.young && random.chance(0.5) ? ['U25'] : [];
  if (random.chance(0.15)) tags.push(random.pick(CASE_TAGS.filter((tag) => !tags.includes(tag))));
  return tags;
}
