import { ORG_SCOPE } from '../sync/synced-row';
import type { CaseInfo } from './case-info';
import { GROUP_OFFERS } from './case-texts';
import type { DemoContext } from './demo-context';
import { isoOf } from './demo-dates';
import { demoRecord } from './demo-record';

/**
 * Group sessions of the last year and a half, about one per 35 clients. Each
 * attendee's case was active on the session's day and gets a `group` contact
 * pointing at the offer.
 */
export function generateGroupOffers(context: DemoContext, cases: readonly CaseInfo[]): void {
  const { random, today } = context;
  if (cases.length === 0) return;
  const offers = Math.max(2, Math.round(cases.length / 35));
  for (let offer = 0; offer < offers; offer++) {
    const template = random.pick(GROUP_OFFERS);
    const day = today - random.int(1, 540);
    const wanted = random.int(4, 12);
    const attendees = new Set<CaseInfo>();
    for (let attempt = 0; attempt < wanted * 4 && attendees.size < wanted; attempt++) {
      const candidate = random.pick(cases);
      if (candidate.openedOn <= day && day <= candidate.lastActiveDay) attendees.add(candidate);
    }
    if (attendees.size === 0) continue;

    const groupOfferId = context.newId(day);
    const durationMinutes = random.int(4, 8) * 15;
    const lifeAreaKeys = [...template.lifeAreaKeys];
    context.records.push(
      demoRecord('groupOffers', groupOfferId, ORG_SCOPE, {
        title: template.title,
        date: isoOf(day),
        durationMinutes,
        lifeAreaKeys,
        attendeeCaseIds: [...attendees].map((attendee) => attendee.caseId),
        note: random.chance(0.4) ? 'Mit Sprachmittlung Arabisch und Ukrainisch.' : undefined,
      }),
    );
    for (const attendee of attendees) {
      context.records.push(
        demoRecord('contacts', context.newId(day), attendee.caseId, {
          caseId: attendee.caseId,
          clientId: attendee.clientId,
          date: isoOf(day),
          durationMinutes,
          mode: 'group',
          lifeAreaKeys,
          note: `Teilnahme am Gruppenangebot „${template.title}“.`,
          groupOfferId,
        }),
      );
    }
  }
}
