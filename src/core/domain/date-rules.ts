import type { z } from 'zod';

/**
 * Today's date `YYYY-MM-DD` in the device's time zone. Validation that
 * depends on "today" reads it through `setToday` so tests can fix the day.
 */
let todayOverride: string | undefined;

export function today(): string {
  if (todayOverride) return todayOverride;
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
