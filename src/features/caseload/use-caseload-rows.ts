import { useMemo } from 'react';
import type { CaseloadEntry } from './caseload-entry';
import type { CaseloadFilters } from './caseload-filter-store';
import { filterCaseload } from './filter-caseload';
import type { Caseload } from './use-caseload';
import { useCaseloadSearch } from './use-caseload-search';
import { useLifeAreaCaseIds } from './use-life-area-case-ids';

export interface CaseloadRows {
  /** What the list shows; `undefined` while nothing can be shown yet. */
  rows: CaseloadEntry[] | undefined;
  /** False while the rows are only the first ones, before the whole caseload is read. */
  complete: boolean;
}

/** The caseload's rows after search and filters; the first rows alone while the rest loads. */
export function useCaseloadRows(caseload: Caseload, filters: CaseloadFilters): CaseloadRows {
  const { query, status, lifeAreaKey, overdueOnly } = filters;
  const lifeAreaCaseIds = useLifeAreaCaseIds(lifeAreaKey);
  const found = useCaseloadSearch(caseload.entries, query);
  const rows = useMemo(
    () =>
      found &&
      filterCaseload(
        found,
        { status, lifeAreaKey, overdueOnly },
        caseload.overdueCaseIds,
        lifeAreaCaseIds,
      ),
    [found, status, lifeAreaKey, overdueOnly, caseload.overdueCaseIds, lifeAreaCaseIds],
  );
  if (rows) return { rows, complete: true };
  // The first rows are already filtered by status; other filters need the whole caseload.
  const headFits = !query.trim() && !lifeAreaKey && !overdueOnly && caseload.head?.length;
  return { rows: headFits ? caseload.head : undefined, complete: false };
}
