import { liveQuery } from 'dexie';
import { useObservable } from 'dexie-react-hooks';
import { useBulkSync } from './bulk-sync';

/** Reads once, without watching for changes. */
function snapshot<T>(querier: () => Promise<T>) {
  return {
    hasValue: () => false,
    subscribe(onNext: (value: T) => unknown, onError?: (error: unknown) => unknown) {
      let closed = false;
      querier().then(
        (value) => closed || onNext(value),
        (error: unknown) => closed || onError?.(error),
      );
      return { unsubscribe: () => (closed = true) };
    },
  };
}

/**
 * `useLiveQuery` for screens that read many rows (the caseload, deadlines),
 * except while a large sync stores its pages: then it keeps what it showed
 * (or reads once, when it mounts meanwhile) and reads again when the sync has
 * finished. Re-reading and decrypting thousands of rows after every stored
 * page would slow the sync and redraw the screen for nothing; the sync status
 * shows the progress meanwhile.
 */
export function useSteadyLiveQuery<T>(querier: () => Promise<T>, deps: unknown[]): T | undefined {
  const holding = useBulkSync();
  // The querier is given anew with each render; deps say when it reads something else.
  return useObservable(
    () => (holding ? snapshot(querier) : liveQuery(querier)),
    [...deps, holding],
  );
}
