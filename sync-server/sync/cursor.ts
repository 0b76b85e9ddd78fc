/**
 * A cursor names a point in an organisation's change log: the sequence number
 * and the random tag of the entry there. The tag lets a server that was
 * restored from a backup see that a cursor comes from a history it lost
 * (its own entry under that number, if any, has another tag).
 */
export interface Cursor {
  seq: number;
  tag: string;
}

export const START_CURSOR: Cursor = { seq: 0, tag: '' };

export function encodeCursor(cursor: Cursor): string {
  return cursor.seq === 0 ? '0' : `${cursor.seq}.${cursor.tag}`;
}

/** Undefined for a string that is no cursor of ours. */
export function decodeCursor(text: string | null): Cursor | undefined {
  if (text === null || text === '0') return START_CURSOR;
  const match = /^([1-9]\d{0,15})\.([0-9a-f]{8})$/.exec(text);
  return match ? { seq: Number(match[1]), tag: match[2]! } : undefined;
}
