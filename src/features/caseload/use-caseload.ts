import { useMemo } from 'react';
import { today } from '@/core/index';
import type { CaseloadEntry } from './caseload-entry';
import { useCaseDeadlines, type CaseDeadlines } from './use-case-deadlines';
import type { StatusFilter } from './caseload-filter-store';
import { useCaseloadEntries } from './use-caseload-entries';
import { useCaseloadHead } from './use-caseload-head';

export interface Caseload {
  day: string;
  /** The first rows, before the whole caseload is read; see useCaseloadHead. */
  head: CaseloadEntry[] | undefined;
  /** The whole caseload, newest first. */
  entries: CaseloadEntry[] | undefined;
  entriesById: Map<string, CaseloadEntry>;
  deadlines: CaseDeadlines | undefined;
  /** Cases not closed with an overdue step or plan review. */
  overdueCaseIds: Set<string>;
}

/**
 * Everything the home screen shows, derived in memory from one read of each
 * table, in three steps so that the list paints first: the first rows, then
 * the whole caseload, then the deadlines.
 */
export function useCaseload(status: StatusFilter): Caseload {
  const day = today();
  const head = useCaseloadHead(status);
  // The full read waits for the first rows, so that it does not delay them.
  const entries = useCaseloadEntries(head !== undefined);
  const deadlines = useCaseDeadlines(day, entries !== undefined);
  const entriesById = useMemo(
    () => new Map((entries ?? []).map((entry) => [entry.caseId, entry])),
    [entries],
  );
  const overdueCaseIds = useMemo(() => {
    const ids = new Set<string>();
    if (!deadlines) return ids;
    const caseIds = [
      ...deadlines.overdueSteps.map((step) => step.caseId),
      ...deadlines.overdueReviews.map((review) => review.caseId),
    ];
    for (const caseId of caseIds) {
      const entry = entriesById.get(caseId);
      if (entry && entry.status !== 'closed') ids.add(caseId);
    }
    return ids;
  }, [deadlines, entriesById]);
  return { day, head, entries, entriesById, deadlines, overdueCaseIds };
}
