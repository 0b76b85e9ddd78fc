import { liveQuery } from 'dexie';
import { db } from '@/db/database';
import { readRoundsAhead } from '@/db/sync/next-round';
import { recheckRefused } from '@/db/sync/outbox-batch';
import { runSync, type SyncRunResult } from './run-sync';
import { useSessionStore } from './session-store';
import { useSyncStatusStore } from './sync-status-store';

/** While online, a sync runs at least this often. */
export const SYNC_EVERY_MS = 60_000;
/** Soon after local edits, so colleagues see them; short enough to feel live, long enough to batch typing. */
export const SYNC_AFTER_EDIT_MS = 4_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

let current: Promise<SyncRunResult> | null = null;
let again = false;
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function retryDelay(): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

/** Bumped when the triggers stop (lock, logout): a run still under way then reports nothing. */
let generation = 0;

function isClosedDatabase(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === 'DatabaseClosedError' || error.name === 'InvalidStateError')
  );
}

async function runOnce(): Promise<SyncRunResult> {
  const status = useSyncStatusStore.getState();
  const started = generation;
  clearTimeout(retryTimer);
  status.started();
  let result: SyncRunResult;
  try {
    result = await runSync();
  } catch (error) {
    // Locked mid-sync: the database closed under the run, which is expected; nothing was lost
    // (each page is one transaction) and the next unlock syncs again.
    if (!isClosedDatabase(error)) console.error('sync failed', error);
    result = { ok: false, failure: { kind: 'invalidResponse', status: 0 } };
  }
  if (started !== generation) return result;
  const failed = !result.ok && result.failure.kind !== 'refused';
  const sessionOver =
    !result.ok && result.failure.kind === 'error' && result.failure.status === 401;
  failures = failed ? failures + 1 : 0;
  let retryAt: number | null = null;
  // Retries never stop for good: only a session that is over waits for the person to log in.
  if (failed && !sessionOver) {
    const delay = retryDelay();
    retryAt = Date.now() + delay;
    retryTimer = setTimeout(() => void requestSync(), delay);
    registerBackgroundSync();
  }
  status.finished(result.ok ? null : result.failure, retryAt);
  return result;
}

/**
 * Runs a sync unless one is running; then one more runs after it, and both
 * callers get the later result. Nothing here blocks editing: records are
 * written by the db layer whatever the sync is doing.
 */
export function requestSync(): Promise<SyncRunResult> {
  if (!useSessionStore.getState().token)
    return Promise.resolve({
      ok: false,
      failure: { kind: 'error', status: 401, code: 'unauthenticated', message: '' },
    });
  // Offline, a request can only fail: say so at once (the 'online' event brings the next try).
  if (!navigator.onLine) {
    const failure = { kind: 'offline' } as const;
    useSyncStatusStore.getState().finished(failure, null);
    registerBackgroundSync();
    return Promise.resolve({ ok: false, failure });
  }
  if (current) {
    again = true;
    return current;
  }
  current = (async () => {
    let result = await runOnce();
    while (again) {
      again = false;
      result = await runOnce();
    }
    current = null;
    return result;
  })();
  return current;
}

function registerBackgroundSync(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) =>
      (
        registration as ServiceWorkerRegistration & {
          sync?: { register(tag: string): Promise<void> };
        }
      ).sync?.register('lotse-sync'),
    )
    .catch(() => undefined);
}

/**
 * The sync triggers (DESIGN.md): now (app start or unlock), coming back
 * online, a timer while online, soon after local edits, and the service
 * worker's Background Sync. Answers the function that stops them all.
 */
export function startSyncTriggers(): () => void {
  const sync = () => void requestSync();
  // Whether the outbox still holds refused changes, for the sync status (outbox-batch.ts).
  recheckRefused().catch(() => undefined);
  const stopReadingAhead = readRoundsAhead();
  sync();
  window.addEventListener('online', sync);
  const timer = setInterval(() => {
    if (navigator.onLine) sync();
  }, SYNC_EVERY_MS);
  const onMessage = (event: MessageEvent) => {
    if ((event.data as { type?: string } | null)?.type === 'lotse-sync') sync();
  };
  navigator.serviceWorker?.addEventListener('message', onMessage);
  let editTimer: ReturnType<typeof setTimeout> | undefined;
  let lastCount = -1;
  const outbox = liveQuery(() => db.localOutbox.count()).subscribe({
    next: (count) => {
      if (count > lastCount && lastCount >= 0 && navigator.onLine) {
        clearTimeout(editTimer);
        editTimer = setTimeout(sync, SYNC_AFTER_EDIT_MS);
      }
      lastCount = count;
    },
    error: () => undefined,
  });
  return () => {
    window.removeEventListener('online', sync);
    clearInterval(timer);
    clearTimeout(editTimer);
    clearTimeout(retryTimer);
    navigator.serviceWorker?.removeEventListener('message', onMessage);
    outbox.unsubscribe();
    stopReadingAhead();
    failures = 0;
    generation++;
    useSyncStatusStore.getState().reset();
  };
}
