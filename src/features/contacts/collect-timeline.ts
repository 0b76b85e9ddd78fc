import type { Row } from '@/db/records/row';
import { createdStamp, stampDate } from './created-stamp';

interface EntryBase {
  key: string;
  date: string;
  /** Orders entries of one day: the HLC stamp of the event, when there is one. */
  stamp: string;
}

export type TimelineEntry = EntryBase &
  (
    | { kind: 'contact'; contact: Row<'contacts'>; groupTitle?: string }
    | { kind: 'goal'; goal: Row<'goals'> }
    | { kind: 'review'; review: Row<'reviews'> }
    | { kind: 'planVersion'; version: Row<'planVersions'> }
    | { kind: 'referral'; referral: Row<'referrals'>; partnerName?: string }
    | { kind: 'caseOpened'; caseFile: Row<'caseFiles'> }
    | { kind: 'caseStatus'; caseFile: Row<'caseFiles'> }
  );

export interface TimelineSources {
  caseFile: Row<'caseFiles'> | undefined;
  contacts: Row<'contacts'>[];
  goals: Row<'goals'>[];
  reviews: Row<'reviews'>[];
  planVersions: Row<'planVersions'>[];
  referrals: Row<'referrals'>[];
  partnerNames: Map<string, string>;
  groupTitles: Map<string, string>;
}

function caseEntries(caseFile: Row<'caseFiles'> | undefined): TimelineEntry[] {
  if (!caseFile) return [];
  const opened: TimelineEntry = {
    kind: 'caseOpened',
    key: `case-opened:${caseFile.id}`,
    date: caseFile.openedOn,
    stamp: '',
    caseFile,
  };
  // The opening says "open since" already, unless the case was paused or reopened since.
  if (caseFile.status === 'open' && caseFile.statusSince === caseFile.openedOn) return [opened];
  const status: TimelineEntry = {
    kind: 'caseStatus',
    key: `case-status:${caseFile.id}`,
    date: caseFile.statusSince,
    stamp: caseFile.stamps.statusSince ?? caseFile.stamps.status ?? '',
    caseFile,
  };
  return [opened, status];
}

function goalEntries(goals: Row<'goals'>[]): TimelineEntry[] {
  return goals.flatMap((goal) => {
    const stamp = createdStamp(goal);
    const date = stamp && stampDate(stamp);
    return stamp && date ? [{ kind: 'goal', key: `goal:${goal.id}`, date, stamp, goal }] : [];
  });
}

/**
 * Everything that happened in a case as one list, newest first. Records carry
 * calendar dates; within one day, the HLC stamp of their creation orders them.
 */
export function collectTimeline(sources: TimelineSources): TimelineEntry[] {
  const stampOf = (row: Row<'contacts' | 'reviews' | 'planVersions' | 'referrals'>) =>
    createdStamp(row) ?? '';
  const entries: TimelineEntry[] = [
    ...caseEntries(sources.caseFile),
    ...sources.contacts.map((contact): TimelineEntry => ({
      kind: 'contact',
      key: `contact:${contact.id}`,
      date: contact.date,
      stamp: stampOf(contact),
      contact,
      groupTitle: contact.groupOfferId ? sources.groupTitles.get(contact.groupOfferId) : undefined,
    })),
    ...goalEntries(sources.goals),
    ...sources.reviews.map((review): TimelineEntry => ({
      kind: 'review',
      key: `review:${review.id}`,
      date: review.date,
      stamp: stampOf(review),
      review,
    })),
    ...sources.planVersions.map((version): TimelineEntry => ({
      kind: 'planVersion',
      key: `plan-version:${version.id}`,
      date: version.frozenOn,
      stamp: stampOf(version),
      version,
    })),
    ...sources.referrals.map((referral): TimelineEntry => ({
      kind: 'referral',
      key: `referral:${referral.id}`,
      date: referral.date,
      stamp: stampOf(referral),
      referral,
      partnerName: sources.partnerNames.get(referral.partnerId),
    })),
  ];
  return entries.sort((a, b) =>
    a.date !== b.date ? b.date.localeCompare(a.date) : b.stamp.localeCompare(a.stamp),
  );
}
