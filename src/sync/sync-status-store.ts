import { create } from 'zustand';
import type { ApiFailure } from './api-client';

/** Why the last sync did not finish; what the status line says to the user. */
export type SyncFailure =
  | ApiFailure
  /** Some changes were refused; they are kept, marked, and the rest went through. */
  | { kind: 'refused'; count: number };

export interface SyncProgress {
  received: number;
  /** Rows expected in this sync so far (received + what the server says remains). */
  total: number;
}

/** A short sync is over before a person could read "syncing"; only a longer one is shown. */
export const SHOW_RUNNING_AFTER_MS = 600;

interface SyncStatusState {
  running: boolean;
  /**
   * Running for SHOW_RUNNING_AFTER_MS already. Kept here, not timed in the
   * header: a sync every minute mostly takes a moment, and the header then
   * need not render at its start and end (while the sync waits for it).
   */
  runningLong: boolean;
  progress: SyncProgress | null;
  /** The failure of the last sync; null after a successful one. */
  failure: SyncFailure | null;
  /** When the last automatic retry will run, ms since 1970; null when none is waiting. */
  retryAt: number | null;
  /** Server clock minus device clock at the last answer, ms. */
  clockOffsetMs: number;
  started(): void;
  progressed(progress: SyncProgress): void;
  finished(failure: SyncFailure | null, retryAt: number | null): void;
  observedClock(offsetMs: number): void;
  reset(): void;
}

const initial = {
  running: false,
  runningLong: false,
  progress: null,
  failure: null,
  retryAt: null,
  clockOffsetMs: 0,
};

let runningLongTimer: ReturnType<typeof setTimeout> | undefined;

/** The sync's state for the status line: small UI state only; records stay in Dexie. */
export const useSyncStatusStore = create<SyncStatusState>((set) => ({
  ...initial,
  started: () => {
    clearTimeout(runningLongTimer);
    runningLongTimer = setTimeout(() => set({ runningLong: true }), SHOW_RUNNING_AFTER_MS);
    set({ running: true, progress: null });
  },
  progressed: (progress) => set({ progress }),
  finished: (failure, retryAt) => {
    clearTimeout(runningLongTimer);
    set({ running: false, runningLong: false, progress: null, failure, retryAt });
  },
  observedClock: (clockOffsetMs) => set({ clockOffsetMs }),
  reset: () => {
    clearTimeout(runningLongTimer);
    set(initial);
  },
}));
