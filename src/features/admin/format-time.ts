import { format, parseISO } from 'date-fns';

/** A server timestamp (ISO 8601, UTC) in the device's time zone, as a German reader expects it. */
export function formatDateTime(iso: string, withSeconds = false): string {
  return format(parseISO(iso), withSeconds ? 'dd.MM.yyyy HH:mm:ss' : 'dd.MM.yyyy HH:mm');
}

export function formatDay(iso: string): string {
  return format(parseISO(iso), 'dd.MM.yyyy');
}
