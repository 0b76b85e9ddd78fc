import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * Whether the browser believes it has a network. The same as
 * src/sync/use-online-status.ts, kept apart on purpose: a lazy chunk that
 * imports a module of the first screen splits it into a chunk of its own,
 * and that split alone costs the first screen's budget a few hundred bytes.
 */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}
