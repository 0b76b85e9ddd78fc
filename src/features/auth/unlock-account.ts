import type { LoginResponse, SessionUser } from '@/core/index';
import { unwrapDataKey, UnlockFailure } from '@/db/crypto/index';
import type { DeviceAccount } from '@/db/device/device-database';
import {
  countPinAttempt,
  readDeviceAccount,
  setPinAttempts,
  updateDeviceAccount,
} from '@/db/device/device-accounts';
import { readStoredSession, writeStoredSession } from '@/db/stored-session';
import { openUserDatabase } from '@/db/open-user-database';
import { LoginNotice } from './auth-store';
import { MAX_PIN_ATTEMPTS } from './pin-attempts';
import { enterSession } from './enter-session';
import { wipeAccount } from './wipe-account';

export type UnlockOutcome =
  | { ok: true }
  | { ok: false; reason: 'wrongPin'; failedAttempts: number }
  | { ok: false; reason: 'wiped' | 'damagedKeyring' | 'unknownAccount' };

function sessionUser(account: DeviceAccount): SessionUser {
  const { userId: id, orgId, displayName, email, role } = account;
  return { id, orgId, displayName, email, role };
}

/**
 * Unlocks a person's data with their PIN, offline. Each attempt is counted
 * before the PIN is checked (closing the tab during the check does not win
 * an attempt back); the right PIN resets the count, the fifth wrong one
 * deletes the account's data on this device. `pendingLogin`: a fresh online
 * login of this person, whose token is stored once the database is open.
 */
export async function unlockAccount(
  userId: string,
  pin: string,
  pendingLogin?: LoginResponse,
): Promise<UnlockOutcome> {
  performance.mark('lotse:unlock-start');
  const account = await readDeviceAccount(userId);
  const failedAttempts = await countPinAttempt(userId);
  if (!account || failedAttempts === undefined) return { ok: false, reason: 'unknownAccount' };
  if (failedAttempts > MAX_PIN_ATTEMPTS) {
    // The fifth wrong PIN was counted but its deletion never ran (the tab closed): run it now.
    await wipeAccount(userId, LoginNotice.tooManyAttempts);
    return { ok: false, reason: 'wiped' };
  }
  const unwrapped = await unwrapDataKey(account.keyring, pin);
  if (!unwrapped.ok && unwrapped.reason === UnlockFailure.malformedKeyring) {
    await setPinAttempts(userId, account.failedAttempts);
    return { ok: false, reason: 'damagedKeyring' };
  }
  if (!unwrapped.ok) {
    if (failedAttempts < MAX_PIN_ATTEMPTS) return { ok: false, reason: 'wrongPin', failedAttempts };
    await wipeAccount(userId, LoginNotice.tooManyAttempts);
    return { ok: false, reason: 'wiped' };
  }
  await setPinAttempts(userId, 0);
  performance.mark('lotse:key-unwrapped');
  await openUserDatabase(userId, unwrapped.dataKey);
  performance.mark('lotse:database-open');
  let user = sessionUser(account);
  if (pendingLogin?.user.id === userId) {
    const { token, session } = pendingLogin;
    user = pendingLogin.user;
    await writeStoredSession({ user, token, session });
    await updateDeviceAccount(userId, {
      displayName: user.displayName,
      email: user.email,
      role: user.role,
    });
  }
  const stored = await readStoredSession();
  await enterSession(user, stored?.token);
  return { ok: true };
}
