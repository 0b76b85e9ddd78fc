import { format, parseISO } from 'date-fns';

/** A `YYYY-MM-DD` date as people read it: 24.11.2026. */
export function formatDate(date: string): string {
  return format(parseISO(date), 'dd.MM.yyyy');
}
