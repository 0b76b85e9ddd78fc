import type { z } from 'zod';

let todayOverride: string | undefined;

function dateHere(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** How far the easternmost time zone (UTC+14, Kiribati) is ahead of UTC. */
const EASTERNMOST_OFFSET_MS = 14 * 60 * 60_000;

function latestTodayOnEarth(): string {
  return new Date(Date.now() + EASTERNMOST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in this process's own time zone, whatever `today()` reads. */
export function localToday(): string {
  return todayOverride ?? dateHere();
}

let readToday = dateHere;

/**
 * Today's date `YYYY-MM-DD`: in the device's time zone, on the server the
 * latest anywhere (takeTodayAsLatestOnEarth). Validation that depends on
 * "today" reads it here; `setToday` lets tests fix the day.
 */
export function today(): string {
  return todayOverride ?? readToday();
}

/**
 * For the sync server, which cannot know a device's time zone: "today" becomes
 * the latest date anywhere (UTC+14). A date a manager enters as today just
 * after midnight in Germany, while the server's clock is still on yesterday,
 * is then not refused as a future one; a date in the future everywhere still
 * is. The device checks its own today as well.
 */
export function takeTodayAsLatestOnEarth(): void {
  readToday = latestTodayOnEarth;
}

export function setToday(date: string | undefined): void {
  todayOverride = date;
}

export function notAfterToday(ctx: z.RefinementCtx, value: string | undefined, field: string) {
  if (value && value > today())
    ctx.addIssue({ code: 'custom', path: [field], params: { key: 'dateInFuture' } });
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
