/**
 * A stored calendar date `YYYY-MM-DD` as a German reader expects it, `dd.MM.yyyy`.
 * Splitting the string gives what date-fns' `format(parseISO(d), 'dd.MM.yyyy')`
 * gives for a valid date, without date-fns in the first screen's JavaScript.
 */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
