import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHOW_RUNNING_AFTER_MS, useSyncStatusStore } from './sync-status-store';

const status = () => useSyncStatusStore.getState();

describe('sync status: running long enough to show', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    status().reset();
    vi.useRealTimers();
  });

  it('says a run is long only once it has lasted SHOW_RUNNING_AFTER_MS', () => {
    status().started();
    vi.advanceTimersByTime(SHOW_RUNNING_AFTER_MS - 1);
    expect(status().runningLong).toBe(false);
    vi.advanceTimersByTime(1);
    expect(status().runningLong).toBe(true);
    status().finished(null, null);
    expect(status()).toMatchObject({ running: false, runningLong: false });
  });

  it('never calls a run long that finished before then, nor the run after it too early', () => {
    status().started();
    vi.advanceTimersByTime(SHOW_RUNNING_AFTER_MS / 2);
    status().finished(null, null);
    status().started();
    vi.advanceTimersByTime(SHOW_RUNNING_AFTER_MS - 1);
    expect(status().runningLong).toBe(false);
    status().finished(null, null);
    vi.advanceTimersByTime(SHOW_RUNNING_AFTER_MS * 2);
    expect(status().runningLong).toBe(false);
  });
});
