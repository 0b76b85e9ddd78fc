/**
 * A stored calendar date `YYYY-MM-DD` as a German reader expects it, `dd.MM.yyyy`.
 * Gives exactly what date-fns' `format(parseISO(d), 'dd.MM.yyyy')` gives for a
 * valid date, without pulling date-fns into the first screen's JavaScript budget.
 */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
