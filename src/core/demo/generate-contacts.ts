import type { AreaProfile } from './area-profiles';
import type { CaseInfo } from './case-info';
import { CONTACT_NOTES, FIRST_CONTACT_NOTE, GENERIC_NOTES } from './case-texts';
import type { DemoContext } from './demo-context';
import { isoOf } from './demo-dates';
import { demoRecord } from './demo-record';

const PLAN_NOTE =
  'Integrationsplan gemeinsam erstellt und Ziele in der Herkunftssprache vorgelesen.';

/**
 * 10–25 counselling contacts between the opening of the case and its last
 * active day: the first interview, the meeting that wrote the plan, then
 * contacts touching the plan's life areas. None lies after today.
 */
export function generateContacts(
  context: DemoContext,
  info: CaseInfo,
  plan: { createdOn: number; areas: readonly AreaProfile[] },
): void {
  const { random } = context;
  const days = [info.openedOn, plan.createdOn];
  // Skewed towards the upper end: most cases see a contact every few weeks.
  const total = 10 + Math.floor(16 * Math.sqrt(random.next()));
  while (days.length < total) days.push(random.int(info.openedOn, info.lastActiveDay));
  days.sort((a, b) => a - b);

  days.forEach((day, index) => {
    const mode =
      index < 2
        ? 'inPerson'
        : random.weighted([
            ['inPerson', 65],
            ['phone', 25],
            ['video', 10],
          ] as const);
    const areas =
      index > 0 && random.chance(0.75) ? random.sample(plan.areas, random.int(1, 2)) : [];
    const note =
      index === 0
        ? FIRST_CONTACT_NOTE
        : index === 1
          ? PLAN_NOTE
          : areas[0]
            ? random.pick(CONTACT_NOTES[areas[0].key] ?? GENERIC_NOTES)
            : random.pick(GENERIC_NOTES);
    context.records.push(
      demoRecord('contacts', context.newId(day), info.caseId, {
        caseId: info.caseId,
        clientId: info.clientId,
        date: isoOf(day),
        durationMinutes: durationFor(context, mode),
        mode,
        lifeAreaKeys:
          index === 1 ? plan.areas.map((area) => area.key) : areas.map((area) => area.key),
        note,
        followUpDate:
          (info.status === 'open' || day + 28 <= info.lastActiveDay) && random.chance(0.3)
            ? isoOf(day + random.int(7, 28))
            : undefined,
      }),
    );
  });
}

function durationFor(context: DemoContext, mode: 'inPerson' | 'phone' | 'video'): number {
  const { random } = context;
  if (mode === 'phone') return random.int(1, 6) * 5;
  if (mode === 'video') return random.int(2, 4) * 15;
  return random.int(2, 6) * 15;
}
