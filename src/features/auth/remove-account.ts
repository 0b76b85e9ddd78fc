import { LoginNotice, unlockedUserId } from './auth-store';
import { wipeAccount } from './wipe-account';

/** The settings' "remove account and data from this device", for the person working now. */
export async function removeAccountFromDevice(): Promise<void> {
  const userId = unlockedUserId();
  if (userId) await wipeAccount(userId, LoginNotice.removed);
}
