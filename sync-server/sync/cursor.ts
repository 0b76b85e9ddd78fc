/**
 * A cursor names a point in an organisation's change log: the sequence number
 * and the random tag of the entry there. The tag lets a server that was
 * restored from a backup see that a cursor comes from a history it lost
 * (its own entry under that number, if any, has another tag).
 *
 * While a pull goes on over several pages, the cursor also remembers where
 * the device's state was complete when the pull began (`since`): a record
 * delivered on a later page carries every field changed after that point,
 * even fields changed before the page's own position — rows are ordered by
 * their latest change, not their first. And it remembers whether the device
 * needs tombstones of erased records: not on its very first pull, when it
 * holds nothing.
 */
export interface Cursor {
  seq: number;
  tag: string;
  since: number;
  tombstones: boolean;
}

const START_CURSOR: Cursor = { seq: 0, tag: '', since: 0, tombstones: false };

/** The cursor after a complete pull: everything up to `seq` is on the device. */
export function completeCursor(seq: number, tag: string): Cursor {
  return { seq, tag, since: seq, tombstones: seq > 0 };
}

export function encodeCursor(cursor: Cursor): string {
  if (cursor.seq === 0 && !cursor.tombstones) return '0';
  const point = `${cursor.seq}.${cursor.tag || '00000000'}`;
  return cursor.since === cursor.seq && cursor.tombstones
    ? point
    : `${point}.${cursor.since}.${cursor.tombstones ? 1 : 0}`;
}

/** Undefined for a string that is no cursor of ours. */
export function decodeCursor(text: string | null): Cursor | undefined {
  if (text === null || text === '0') return START_CURSOR;
  const match = /^(\d{1,16})\.([0-9a-f]{8})(?:\.(\d{1,16})\.([01]))?$/.exec(text);
  if (!match) return undefined;
  const seq = Number(match[1]);
  if (match[3] === undefined) return seq === 0 ? undefined : completeCursor(seq, match[2]!);
  const since = Number(match[3]);
  if (since > seq) return undefined;
  return { seq, tag: seq === 0 ? '' : match[2]!, since, tombstones: match[4] === '1' };
}
