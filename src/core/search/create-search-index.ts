import { addPosting, createPrefixIndex, forEachPrefixMatch } from './prefix-index';
import type { PrefixIndex, Postings } from './prefix-index';
import { wordKeys } from './search-keys';
import type { WordKeys } from './search-keys';
import { splitWords } from './split-words';

/** How closely a query word met an item, best first; see WordKeys. */
const MatchTier = { exact: 0, folded: 1, skeleton: 2 } as const;
type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];
const TIERS: readonly MatchTier[] = [MatchTier.exact, MatchTier.folded, MatchTier.skeleton];
const NO_MATCH = 255;

export interface SearchIndex<T> {
  /**
   * The items that match every word of the query, best first: items whose
   * loosest word match is exact, then folded, then skeleton, each group in
   * the original order. An empty query returns all items in original order.
   * At most `limit` items (default: all).
   */
  search(query: string, limit?: number): T[];
}

// Every field also counts as one word with its separators removed, so that
// "abdelrahman" finds "Abdel Rahman" and "im20263f9" finds "IM-2026-3F9A2C".
function fieldWords(text: string): string[] {
  const words = splitWords(text);
  return words.length > 1 ? [...words, words.join('')] : words;
}

function buildIndexes<T>(
  items: readonly T[],
  fields: (item: T) => string[],
): Record<MatchTier, PrefixIndex> {
  const postings: Record<MatchTier, Postings> = [new Map(), new Map(), new Map()];
  // First names and surnames repeat across a caseload; fold each word once.
  const keysByWord = new Map<string, WordKeys>();
  items.forEach((item, position) => {
    for (const word of fields(item).flatMap(fieldWords)) {
      let keys = keysByWord.get(word);
      if (keys === undefined) keysByWord.set(word, (keys = wordKeys(word)));
      addPosting(postings[MatchTier.exact], keys.exact, position);
      for (const key of keys.folded) addPosting(postings[MatchTier.folded], key, position);
      if (keys.skeleton !== null) addPosting(postings[MatchTier.skeleton], keys.skeleton, position);
    }
  });
  return [
    createPrefixIndex(postings[MatchTier.exact]),
    createPrefixIndex(postings[MatchTier.folded]),
    createPrefixIndex(postings[MatchTier.skeleton]),
  ];
}

/**
 * Builds a name and case-number search over a caseload. Why: a manager finds
 * a client by however the name was typed – with or without umlauts, in
 * Cyrillic or Latin, in any common Latin spelling of an Arabic name – and
 * with 10,000 clients every keystroke must answer in a few milliseconds, so
 * all keys are computed and sorted once here and each search only does
 * binary searches over them. The index is immutable: rebuild it when the
 * caseload changes.
 *
 * A query word matches an item when one of its keys starts one of the item's
 * keys of the same tier; "mül ahm" finds "Ahmed Müller".
 */
export function createSearchIndex<T>(
  items: readonly T[],
  fields: (item: T) => string[],
): SearchIndex<T> {
  const snapshot = [...items];
  const indexes = buildIndexes(snapshot, fields);

  function bestTiers(word: string): Uint8Array {
    const best = new Uint8Array(snapshot.length).fill(NO_MATCH);
    const { exact, folded, skeleton } = wordKeys(word);
    const prefixes: Record<MatchTier, readonly string[]> = [
      [exact],
      folded,
      skeleton === null ? [] : [skeleton],
    ];
    for (const tier of TIERS) {
      for (const prefix of prefixes[tier]) {
        forEachPrefixMatch(indexes[tier], prefix, (item) => {
          if (tier < best[item]!) best[item] = tier;
        });
      }
    }
    return best;
  }

  function search(query: string, limit = Infinity): T[] {
    const count = Math.max(0, limit);
    const queryWords = [...new Set(splitWords(query))];
    if (queryWords.length === 0) return snapshot.slice(0, count);
    const worst = new Uint8Array(snapshot.length);
    for (const word of queryWords) {
      const best = bestTiers(word);
      for (let i = 0; i < worst.length; i++) if (best[i]! > worst[i]!) worst[i] = best[i]!;
    }
    const groups: T[][] = TIERS.map(() => []);
    worst.forEach((tier, position) => {
      if (tier !== NO_MATCH) groups[tier]!.push(snapshot[position]!);
    });
    return groups.flat(1).slice(0, count);
  }

  return { search };
}
