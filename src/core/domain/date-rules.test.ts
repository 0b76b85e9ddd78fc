import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeTodayAsLatestOnEarth, today } from './date-rules';

describe('today on the server', () => {
  afterEach(() => vi.useRealTimers());

  it('is the latest date anywhere: after midnight in Germany it is already the new day', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    takeTodayAsLatestOnEarth();
    // 00:30 in Berlin (CET), 23:30 the day before in UTC.
    vi.setSystemTime(new Date('2026-11-24T23:30:00Z'));
    expect(today()).toBe('2026-11-25');
    // Only from 10:00 UTC is it the next day in the easternmost time zone (UTC+14).
    vi.setSystemTime(new Date('2026-11-24T09:59:00Z'));
    expect(today()).toBe('2026-11-24');
    vi.setSystemTime(new Date('2026-11-24T10:00:00Z'));
    expect(today()).toBe('2026-11-25');
  });
});
