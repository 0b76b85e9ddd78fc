import { useSteadyLiveQuery } from '@/sync/use-steady-live-query';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';
import { latestReviews } from './latest-reviews';

export interface OverdueReview {
  planId: string;
  caseId: string;
  nextReviewDate: string;
}

/** What is due on a day across all cases on the device. */
export interface CaseDeadlines {
  /** Contacts whose follow-up (Wiedervorlage) is the day. */
  followUpsToday: Row<'contacts'>[];
  /** Per case, its earliest follow-up on or after the day. */
  nextFollowUp: Map<string, string>;
  /** Steps not done whose due date lies before the day, oldest first. */
  overdueSteps: Row<'steps'>[];
  /** Plans whose latest review set a next review date before the day, oldest first. */
  overdueReviews: OverdueReview[];
}

const live = <T extends { deleted?: boolean }>(rows: (T | undefined)[]) =>
  rows.filter((row): row is T => row !== undefined && !row.deleted);

/**
 * Follow-ups and overdue items for the home screen, live. Reads only the
 * index ranges it needs (follow-ups from the day on, steps due before it) and
 * the reviews. Waits until `enabled`, so that it does not compete with the
 * caseload's own query for the first paint.
 */
export function useCaseDeadlines(day: string, enabled: boolean): CaseDeadlines | undefined {
  return useSteadyLiveQuery(async () => {
    if (!enabled) return undefined;
    const [contacts, pastSteps, reviews] = await Promise.all([
      db.contacts.where('followUpDate').aboveOrEqual(day).toArray(),
      db.steps.where('dueDate').below(day).toArray(),
      db.reviews.toArray(),
    ]);
    const nextFollowUp = new Map<string, string>();
    for (const contact of live(contacts)) {
      const date = contact.followUpDate!;
      const known = nextFollowUp.get(contact.caseId);
      if (known === undefined || date < known) nextFollowUp.set(contact.caseId, date);
    }
    const openSteps = live(pastSteps).filter((step) => !step.doneOn);
    const candidates = latestReviews(live(reviews)).filter(
      (review) => review.nextReviewDate !== undefined && review.nextReviewDate < day,
    );
    // A step of a deleted goal, or a review of a deleted plan, is no longer due.
    const [goals, plans] = await Promise.all([
      db.goals.bulkGet([...new Set(openSteps.map((step) => step.goalId))]),
      db.plans.bulkGet(candidates.map((review) => review.planId)),
    ]);
    const liveGoals = new Set(live(goals).map((goal) => goal.id));
    const livePlans = new Set(live(plans).map((plan) => plan.id));
    return {
      followUpsToday: live(contacts).filter((contact) => contact.followUpDate === day),
      nextFollowUp,
      overdueSteps: openSteps.filter((step) => liveGoals.has(step.goalId)),
      overdueReviews: candidates
        .filter((review) => livePlans.has(review.planId))
        .map(({ planId, caseId, nextReviewDate }) => ({
          planId,
          caseId,
          nextReviewDate: nextReviewDate!,
        }))
        .sort((a, b) => (a.nextReviewDate < b.nextReviewDate ? -1 : 1)),
    };
  }, [day, enabled]);
}
