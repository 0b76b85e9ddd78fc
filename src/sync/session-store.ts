import { create } from 'zustand';
import type { SessionUser } from '@/core/index';

interface SessionState {
  /** The person whose encrypted database is open; undefined while locked or logged out. */
  user: SessionUser | undefined;
  /** The device session's bearer token, held in memory only while unlocked. */
  token: string | undefined;
  unlocked(user: SessionUser, token: string | undefined): void;
  locked(): void;
}

/** Who is working on this device right now. Small UI state only; records stay in Dexie. */
export const useSessionStore = create<SessionState>((set) => ({
  user: undefined,
  token: undefined,
  unlocked: (user, token) => set({ user, token }),
  locked: () => set({ user: undefined, token: undefined }),
}));
