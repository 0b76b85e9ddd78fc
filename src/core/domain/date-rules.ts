import type { z } from 'zod';

let todayOverride: string | undefined;

function dateHere(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How far the easternmost time zone (UTC+14, Kiribati) is ahead of UTC. */
const EASTERNMOST_OFFSET_MS = 14 * 60 * 60_000;

/**
 * The latest date anywhere on earth at `now` (in UTC+14). The sync server
 * cannot know a device's time zone: a date a manager enters as today just
 * after midnight in Germany, while the server's clock is still on the day
 * before, is only "in the future" for the server if it is so everywhere.
 */
export function latestDateOnEarth(now: Date): string {
  return new Date(now.getTime() + EASTERNMOST_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Today's date `YYYY-MM-DD` in this process's time zone (the device's).
 * Validation that depends on "today" reads it here; `setToday` lets tests
 * fix the day. The server judges "the future" by latestDateOnEarth instead.
 */
export function today(): string {
  return todayOverride ?? dateHere();
}

export function setToday(date: string | undefined): void {
  todayOverride = date;
}

/** The key of the issue notAfterToday raises (the device's texts and the server read it). */
export const DATE_IN_FUTURE = 'dateInFuture';

export function notAfterToday(ctx: z.RefinementCtx, value: string | undefined, field: string) {
  if (value && value > today())
    ctx.addIssue({ code: 'custom', path: [field], params: { key: DATE_IN_FUTURE } });
}

export function notBefore(
  ctx: z.RefinementCtx,
  later: string | undefined,
  earlier: string | undefined,
  field: string,
  key: string,
) {
  if (later && earlier && later < earlier)
    ctx.addIssue({ code: 'custom', path: [field], params: { key } });
}
