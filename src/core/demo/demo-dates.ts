/**
 * Demo dates are counted in whole days since 1970-01-01 (UTC), so that
 * "between", "after" and "not later than" are plain integer comparisons.
 */
const DAY_MS = 86_400_000;
const isoCache = new Map<number, string>();

export function dayOf(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${isoDate}`);
  return Math.round(ms / DAY_MS);
}

export function isoOf(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

export function msOf(day: number): number {
  return day * DAY_MS;
}

export function optionalIsoOf(day: number | undefined): string | undefined {
  return day === undefined ? undefined : isoOf(day);
}
