import { format, isSameDay } from 'date-fns';
import { decodeHlc } from '@/core/index';

/** A moment as a German reader expects it: `14.03.2026, 10:42`. */
export function formatMoment(moment: Date | number | string): string {
  return format(new Date(moment), 'dd.MM.yyyy, HH:mm');
}

/** The time of day, `10:42`. */
export function formatClockTime(moment: Date | number | string): string {
  return format(new Date(moment), 'HH:mm');
}

export function isToday(moment: Date | number | string, now: Date = new Date()): boolean {
  return isSameDay(new Date(moment), now);
}

/** When a field value was written, read from its HLC stamp; undefined for a malformed stamp. */
export function stampMoment(stamp: string): string | undefined {
  const decoded = decodeHlc(stamp);
  return decoded ? formatMoment(decoded.wallMs) : undefined;
}
