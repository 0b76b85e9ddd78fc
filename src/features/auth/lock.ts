import { unlockedUserId } from './auth-store';
import { leaveSession } from './leave-session';

/**
 * Locks at once: back to the unlock screen with this person chosen. Nothing
 * is lost: every saved change and draft stays in the encrypted database.
 */
export async function lock(): Promise<void> {
  const userId = unlockedUserId();
  if (userId) await leaveSession({ name: 'unlock', userId });
}
