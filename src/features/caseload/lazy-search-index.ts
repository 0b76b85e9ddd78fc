import { createSearchIndex, type SearchIndex } from '@/core/search/create-search-index';
import type { CaseloadEntry } from './caseload-entry';

const entryFields = (entry: CaseloadEntry) => [
  `${entry.firstName} ${entry.lastName}`,
  entry.caseNumber,
];

/** A caseload search index built on first use, once; marks the moment it is ready. */
export interface LazySearchIndex {
  get(): SearchIndex<CaseloadEntry>;
}

export function lazySearchIndex(entries: readonly CaseloadEntry[]): LazySearchIndex {
  let built: SearchIndex<CaseloadEntry> | undefined;
  return {
    get() {
      if (!built) {
        built = createSearchIndex(entries, entryFields);
        performance.mark('lotse:caseload-search-ready');
      }
      return built;
    },
  };
}
