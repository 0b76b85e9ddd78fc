/**
 * Distinct keys in UTF-16 code-unit order, each with the ascending positions
 * of the items it came from (items[starts[k]] up to items[starts[k + 1]]).
 * Invariant: all keys that start with a given prefix are contiguous and begin
 * at the first key not less than the prefix, so a prefix lookup is a binary
 * search plus a scan over exactly the matches.
 */
export interface PrefixIndex {
  readonly keys: readonly string[];
  readonly starts: Int32Array;
  readonly items: Int32Array;
}

/** Items, in ascending order, collected under each key before indexing. */
export type Postings = Map<string, number[]>;

/**
 * Records that item has key; call with ascending items so that each list
 * stays sorted and free of repeats without a later pass.
 */
export function addPosting(postings: Postings, key: string, item: number): void {
  const items = postings.get(key);
  if (items === undefined) postings.set(key, [item]);
  else if (items[items.length - 1] !== item) items.push(item);
}

/**
 * Sorts the distinct keys once, so that every later prefix lookup costs a
 * logarithm instead of a pass over every key of every item.
 */
export function createPrefixIndex(postings: Postings): PrefixIndex {
  // The default sort compares UTF-16 code units, the same order as `<`.
  const keys = [...postings.keys()].sort();
  const lists = keys.map((key) => postings.get(key) ?? []);
  const starts = new Int32Array(keys.length + 1);
  lists.forEach((list, k) => (starts[k + 1] = starts[k]! + list.length));
  const items = new Int32Array(starts[keys.length]!);
  lists.forEach((list, k) => items.set(list, starts[k]));
  return { keys, starts, items };
}

/** Calls visit with every item under a key that starts with prefix. */
export function forEachPrefixMatch(
  index: PrefixIndex,
  prefix: string,
  visit: (item: number) => void,
): void {
  const { keys, starts, items } = index;
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  for (let k = low; k < keys.length && keys[k]!.startsWith(prefix); k++) {
    for (let i = starts[k]!; i < starts[k + 1]!; i++) visit(items[i]!);
  }
}
