import { useSyncExternalStore } from 'react';

/**
 * Coming back online shows this much later than the browser says so. The
 * sync that the same event starts opens its socket meanwhile, and the page
 * rendering the new state at once (3–5 ms here) held up the handshake's
 * answer, which reaches the page on its main thread (a Chromium trace;
 * docs/BENCHMARKS.md). Going offline shows at once.
 */
export const SHOW_ONLINE_AFTER_MS = 50;

function subscribe(onChange: () => void) {
  let shown: ReturnType<typeof setTimeout> | undefined;
  const onOnline = () => {
    clearTimeout(shown);
    shown = setTimeout(onChange, SHOW_ONLINE_AFTER_MS);
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onChange);
  return () => {
    clearTimeout(shown);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser believes it has a network; sync decides for itself whether the server answers. */
export function useOnlineStatus(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
