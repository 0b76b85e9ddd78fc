import type { AreaProfile } from './area-profiles';
import type { CaseInfo } from './case-info';
import { REFERRAL_NOTES } from './case-texts';
import type { DemoContext } from './demo-context';
import { isoOf } from './demo-dates';
import { demoRecord } from './demo-record';
import { partnerFor, type PartnersByType } from './partners';

const REFERRAL_COUNTS = [
  [0, 35],
  [1, 40],
  [2, 25],
] as const;
const RECENT_STATUSES = [
  ['planned', 1],
  ['sent', 2],
] as const;
const SETTLED_STATUSES = [
  ['sent', 2],
  ['accepted', 3],
  ['completed', 4],
  ['declined', 1],
] as const;

/** 0–2 referrals to partners that fit one of the plan's life areas; recent ones are still open. */
export function generateReferrals(
  context: DemoContext,
  partners: PartnersByType,
  info: CaseInfo,
  plan: { createdOn: number; areas: readonly AreaProfile[] },
): void {
  const { random } = context;
  for (let count = random.weighted(REFERRAL_COUNTS); count > 0; count--) {
    const area = random.pick(plan.areas);
    const day = random.int(plan.createdOn, info.lastActiveDay);
    context.records.push(
      demoRecord('referrals', context.newId(day), info.caseId, {
        caseId: info.caseId,
        clientId: info.clientId,
        partnerId: partnerFor(context, partners, area.partnerTypes),
        lifeAreaKey: area.key,
        date: isoOf(day),
        status: random.weighted(info.lastActiveDay - day < 30 ? RECENT_STATUSES : SETTLED_STATUSES),
        note: random.chance(0.6) ? random.pick(REFERRAL_NOTES) : undefined,
      }),
    );
  }
}
