import { afterEach, describe, expect, it } from 'vitest';
import { latestDateOnEarth, setToday, today } from './date-rules';

describe('the latest date on earth (what the server takes as today)', () => {
  it('is the new day after midnight in Germany, while UTC is still on the day before', () => {
    // 00:30 in Berlin (CET), 23:30 the day before in UTC.
    expect(latestDateOnEarth(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
  });

  it('turns at 10:00 UTC, midnight in the easternmost time zone (UTC+14)', () => {
    expect(latestDateOnEarth(new Date('2026-11-24T09:59:59Z'))).toBe('2026-11-24');
    expect(latestDateOnEarth(new Date('2026-11-24T10:00:00Z'))).toBe('2026-11-25');
  });
});

describe('today on the device', () => {
  afterEach(() => setToday(undefined));

  it('is the date of this time zone, unless a test fixes it', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const here = (now = new Date()) =>
      `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    // Read around the call: the test may run across midnight.
    const before = here();
    const answered = today();
    expect([before, here()]).toContain(answered);
    setToday('2026-03-02');
    expect(today()).toBe('2026-03-02');
  });
});
