import type { SearchIndex, createSearchIndex } from '@/core/search/create-search-index';
import type { CaseloadEntry } from './caseload-entry';

const entryFields = (entry: CaseloadEntry) => [
  `${entry.firstName} ${entry.lastName}`,
  entry.caseNumber,
];

// The search code (umlaut, transliteration and skeleton keys) is a chunk of its own, fetched as
// soon as the caseload loads, so that it does not weigh on the first screen's JavaScript.
let create: typeof createSearchIndex | undefined;
const loaded = import('@/core/search/create-search-index').then((module) => {
  create = module.createSearchIndex;
});

/** Until the search code has arrived (a moment after start), a plain case-insensitive match. */
function plainIndex(entries: readonly CaseloadEntry[]): SearchIndex<CaseloadEntry> {
  return {
    search(query, limit = Infinity) {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      return entries
        .filter((entry) => {
          const text = entryFields(entry).join(' ').toLowerCase();
          return words.every((word) => text.includes(word));
        })
        .slice(0, limit);
    },
  };
}

/** A caseload search index built on first use, once; marks the moment it is ready. */
export interface LazySearchIndex {
  get(): SearchIndex<CaseloadEntry>;
  /** Resolves once the full search can be built. */
  ready: Promise<void>;
}

export function lazySearchIndex(entries: readonly CaseloadEntry[]): LazySearchIndex {
  let built: SearchIndex<CaseloadEntry> | undefined;
  return {
    ready: loaded,
    get() {
      if (built) return built;
      if (!create) return plainIndex(entries);
      built = create(entries, entryFields);
      performance.mark('lotse:caseload-search-ready');
      return built;
    },
  };
}
