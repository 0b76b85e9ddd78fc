import { format } from 'date-fns';

/**
 * When a record was created, read from its HLC stamps. Every field written at
 * creation is stamped in that write, and later edits only ever get greater
 * stamps, so the smallest stamp is the creation's; it survives an edit of the
 * text and a sync from another device. Undefined for a row without stamps.
 */
export function createdStamp(row: { stamps: Record<string, string> }): string | undefined {
  return Object.values(row.stamps).sort()[0];
}

const WALL_MS = /^(\d{15})-/;

/** The calendar day (device time zone) of an HLC stamp: its first 15 digits are wall-clock ms. */
export function stampDate(stamp: string): string | undefined {
  const match = WALL_MS.exec(stamp);
  return match ? format(new Date(Number(match[1])), 'yyyy-MM-dd') : undefined;
}
