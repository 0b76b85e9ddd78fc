import { useEffect, useMemo, useState } from 'react';
import type { CaseloadEntry } from './caseload-entry';
import { lazySearchIndex } from './lazy-search-index';

/** Runs work when the browser is idle (after paint), or soon where it cannot tell. */
function whenIdle(work: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(work, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 50);
  return () => clearTimeout(timer);
}

/**
 * The caseload's entries matching a name or case-number query, best match
 * first. The index is built once per data change, but only after the list has
 * painted (in idle time), since building it for 10,000 clients takes longer
 * than the whole first-paint budget; a query typed before then builds it on
 * the spot.
 */
export function useCaseloadSearch(
  entries: CaseloadEntry[] | undefined,
  query: string,
): CaseloadEntry[] | undefined {
  const index = useMemo(() => lazySearchIndex(entries ?? []), [entries]);

  // Bumped when the full search code has arrived, so a query typed before gets its full answer.
  const [searchReady, setSearchReady] = useState(false);
  useEffect(() => {
    let active = true;
    void index.ready.then(() => active && setSearchReady(true));
    return () => {
      active = false;
    };
  }, [index]);

  useEffect(() => {
    if (!entries || entries.length === 0 || !searchReady) return;
    return whenIdle(() => index.get());
  }, [entries, index, searchReady]);

  return useMemo(() => {
    if (!entries || !query.trim()) return entries;
    return index.get().search(query);
    // searchReady: recompute once the full index can be built.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entries, index, query, searchReady]);
}
