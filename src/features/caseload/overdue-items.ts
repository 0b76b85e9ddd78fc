import type { CaseloadEntry } from './caseload-entry';
import type { CaseDeadlines } from './use-case-deadlines';

/** One overdue thing: a step, or a plan's review. */
export type OverdueItem = { key: string; entry: CaseloadEntry; since: string } & (
  { kind: 'step'; text: string } | { kind: 'review' }
);

/** Overdue steps and reviews of cases that exist and are not closed, oldest first. */
export function overdueItems(
  deadlines: CaseDeadlines,
  entriesById: ReadonlyMap<string, CaseloadEntry>,
): OverdueItem[] {
  const items: OverdueItem[] = [];
  const entryOf = (caseId: string) => {
    const entry = entriesById.get(caseId);
    return entry && entry.status !== 'closed' ? entry : undefined;
  };
  for (const step of deadlines.overdueSteps) {
    const entry = entryOf(step.caseId);
    if (entry)
      items.push({ key: step.id, entry, since: step.dueDate!, kind: 'step', text: step.text });
  }
  for (const review of deadlines.overdueReviews) {
    const entry = entryOf(review.caseId);
    if (entry)
      items.push({ key: review.planId, entry, since: review.nextReviewDate, kind: 'review' });
  }
  return items.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}
