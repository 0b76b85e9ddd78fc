import { flushSync } from 'react-dom';
import { closeUserDatabase } from '@/db/user-database';
import { useSessionStore } from '@/sync/session-store';
import { unlockedUserId, useAuthStore, type AuthScreen } from './auth-store';

let lastUserId: string | undefined;

/** Who last left the app in this tab, so that the next person does not start on their screen. */
export function lastSessionUserId(): string | undefined {
  return lastUserId;
}

/**
 * Leaves the unlocked app for `next` (the unlock or the login screen), in this
 * order: the screens showing data unmount at once (flushSync, so that their
 * live queries unsubscribe and their drafts are flushed to the still-open
 * database), the token and user leave memory, then the database closes and its
 * data key is overwritten. Call it from events and timers, never while rendering.
 */
export async function leaveSession(next: AuthScreen): Promise<void> {
  lastUserId = unlockedUserId() ?? lastUserId;
  flushSync(() => useAuthStore.getState().show(next));
  useSessionStore.getState().locked();
  await closeUserDatabase();
}
