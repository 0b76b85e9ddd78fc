import { format, parseISO } from 'date-fns';

/** A calendar date `YYYY-MM-DD` as people read it: 24.11.2026. */
export function formatDate(isoDate: string): string {
  return format(parseISO(isoDate), 'dd.MM.yyyy');
}
