import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_BUDGET_BYTES, measureFirstScreen } from '../../scripts/bundle-budget';

describe('the first screen', () => {
  it(`loads at most ${FIRST_SCREEN_BUDGET_BYTES / 1024} KB of gzipped JavaScript`, () => {
    const report = measureFirstScreen();
    expect(report.files.length).toBeGreaterThan(3);
    expect(report.totalGzipBytes).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_BYTES);
  });
});
