import { removeDeviceAccount, readDeviceAccount } from '@/db/device/device-accounts';
import { deleteUserDatabase } from '@/db/user-database';
import { unlockedUserId, useAuthStore, type LoginNotice } from './auth-store';
import { leaveSession } from './leave-session';

/**
 * Deletes everything of one person on this device: first the keyring (from
 * then on their database can never be decrypted, even if deleting it fails
 * half-way), then the database itself, unsynced changes included. Shows the
 * login screen with `notice` unless another person is working right now.
 */
export async function wipeAccount(userId: string, notice: LoginNotice): Promise<void> {
  const account = await readDeviceAccount(userId);
  await removeDeviceAccount(userId);
  const next = { name: 'login', notice, noticeName: account?.displayName } as const;
  const current = unlockedUserId();
  if (current === userId) await leaveSession(next);
  else if (current === undefined) useAuthStore.getState().show(next);
  await deleteUserDatabase(userId);
}
