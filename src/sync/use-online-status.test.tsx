import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHOW_ONLINE_AFTER_MS, useOnlineStatus } from './use-online-status';

describe('the network state shown', () => {
  let online = true;
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    online = true;
  });

  const goOffline = () => {
    online = false;
    window.dispatchEvent(new Event('offline'));
  };
  const goOnline = () => {
    online = true;
    window.dispatchEvent(new Event('online'));
  };

  it('goes offline at once, and online a moment after the browser says so', () => {
    const { result } = renderHook(() => useOnlineStatus());
    expect(result.current).toBe(true);
    act(goOffline);
    expect(result.current).toBe(false);
    act(goOnline);
    act(() => void vi.advanceTimersByTime(SHOW_ONLINE_AFTER_MS - 1));
    expect(result.current).toBe(false);
    act(() => void vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });

  it('stays offline when the network comes back for less than that moment', () => {
    const { result } = renderHook(() => useOnlineStatus());
    act(goOffline);
    act(goOnline);
    act(goOffline);
    act(() => void vi.advanceTimersByTime(SHOW_ONLINE_AFTER_MS));
    expect(result.current).toBe(false);
  });

  it('leaves no timer behind once unmounted', () => {
    const { unmount } = renderHook(() => useOnlineStatus());
    act(goOffline);
    act(goOnline);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
