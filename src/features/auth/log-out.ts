import { z } from 'zod';
import { forgetStoredToken } from '@/db/stored-session';
import { apiRequest } from '@/sync/api-client';
import { useSessionStore } from '@/sync/session-store';
import { unlockedUserId } from './auth-store';
import { leaveSession } from './leave-session';

/** Ends a device session on the server, when there is a network; the answer changes nothing here. */
export async function endServerSession(token: string): Promise<void> {
  if (navigator.onLine) await apiRequest('/v1/auth/logout', z.null(), { method: 'POST', token });
}

/**
 * Logs out: forgets the token, locks, and ends the device session on the
 * server when online. The encrypted data stays on the device (unsynced changes
 * too); removing it is a separate step in the settings.
 */
export async function logOut(): Promise<void> {
  const userId = unlockedUserId();
  if (!userId) return;
  const { token } = useSessionStore.getState();
  await forgetStoredToken();
  await leaveSession({ name: 'unlock', userId });
  // After locking, so that an answer about the old session cannot touch the next one.
  if (token) await endServerSession(token);
}
