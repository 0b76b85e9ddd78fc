import type { CaseloadEntry } from './caseload-entry';
import type { CaseloadFilters, StatusFilter } from './caseload-filter-store';

export function statusMatches(filter: StatusFilter, status: CaseloadEntry['status']): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return status !== 'closed';
  return status === filter;
}

/**
 * The entries that pass the status, overdue and life-area filters, in their
 * given order. While the cases of a chosen life area are still loading,
 * nothing passes rather than everything.
 */
export function filterCaseload(
  entries: readonly CaseloadEntry[],
  filters: Omit<CaseloadFilters, 'query'>,
  overdueCaseIds: ReadonlySet<string>,
  lifeAreaCaseIds: ReadonlySet<string> | undefined,
): CaseloadEntry[] {
  if (filters.lifeAreaKey && !lifeAreaCaseIds) return [];
  return entries.filter(
    (entry) =>
      statusMatches(filters.status, entry.status) &&
      (!filters.overdueOnly || overdueCaseIds.has(entry.caseId)) &&
      (!filters.lifeAreaKey || lifeAreaCaseIds!.has(entry.caseId)),
  );
}
