import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import { collectTimeline, type TimelineEntry } from './collect-timeline';

const live = <T extends { deleted?: boolean }>(rows: T[]) => rows.filter((row) => !row.deleted);

function namesById<T extends { id: string; deleted?: boolean }>(
  rows: (T | undefined)[],
  name: (row: T) => string,
): Map<string, string> {
  return new Map(
    rows.flatMap((row) => (row && !row.deleted ? [[row.id, name(row)] as const] : [])),
  );
}

/** Everything recorded in a case, newest first, live. */
export function useCaseTimeline(caseId: string): TimelineEntry[] | undefined {
  return useLiveQuery(async () => {
    const [caseFile, contacts, goals, reviews, planVersions, referrals] = await Promise.all([
      db.caseFiles.get(caseId),
      db.contacts.where('caseId').equals(caseId).toArray(),
      db.goals.where('scope').equals(caseId).toArray(),
      db.reviews.where('scope').equals(caseId).toArray(),
      db.planVersions.where('scope').equals(caseId).toArray(),
      db.referrals.where('caseId').equals(caseId).toArray(),
    ]);
    const partnerIds = [...new Set(referrals.map((r) => r.partnerId))];
    const offerIds = [
      ...new Set(contacts.flatMap((c) => (c.groupOfferId ? [c.groupOfferId] : []))),
    ];
    const [partners, offers] = await Promise.all([
      db.partners.bulkGet(partnerIds),
      db.groupOffers.bulkGet(offerIds),
    ]);
    return collectTimeline({
      caseFile: caseFile && !caseFile.deleted ? caseFile : undefined,
      contacts: live(contacts),
      goals: live(goals),
      reviews: live(reviews),
      planVersions: live(planVersions),
      referrals: live(referrals),
      partnerNames: namesById(partners, (p) => p.name),
      groupTitles: namesById(offers, (o) => o.title),
    });
  }, [caseId]);
}
