import { useSyncExternalStore } from 'react';

/** A sync that brings this many rows or more is a bulk sync. */
export const BULK_SYNC_ROWS = 1000;

let active = false;
const listeners = new Set<() => void>();

/**
 * Whether a bulk sync is storing its pages right now (run-sync.ts says so);
 * screens that read many rows hold still meanwhile (use-steady-live-query.ts).
 * Not in the sync status store, so that the first screen need not load it.
 */
export function setBulkSync(value: boolean): void {
  if (active === value) return;
  active = value;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBulkSync(): boolean {
  return useSyncExternalStore(subscribe, () => active);
}
