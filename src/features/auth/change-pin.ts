import {
  changePin,
  UnlockFailure,
  type KeyringOptions,
  type StoredKeyring,
} from '@/db/crypto/index';
import { countPinAttempt, readDeviceAccount, setPinAttempts } from '@/db/device/device-accounts';
import { deviceDb } from '@/db/device/device-database';
import { LoginNotice } from './auth-store';
import { MAX_PIN_ATTEMPTS } from './pin-attempts';
import { checkNewPin, PinProblem } from './pin-rules';
import { wipeAccount } from './wipe-account';

/** Why a PIN change was refused before the current PIN was even checked. */
export const PinChangeProblem = {
  ...PinProblem,
  currentMissing: 'currentMissing',
  /** The new PIN is the old one: nothing would change, and the person might think it had. */
  unchanged: 'unchanged',
} as const;
export type PinChangeProblem = (typeof PinChangeProblem)[keyof typeof PinChangeProblem];

/** The setup rules (pin-rules.ts) for the new PIN, and that it differs from the current one. */
export function checkPinChange(
  current: string,
  next: string,
  repeated: string,
): PinChangeProblem | undefined {
  if (!current) return PinChangeProblem.currentMissing;
  const problem = checkNewPin(next, repeated);
  if (problem) return problem;
  if (next === current) return PinChangeProblem.unchanged;
  return undefined;
}

export type ChangePinOutcome =
  | { ok: true }
  | { ok: false; reason: 'rejected'; problem: PinChangeProblem }
  | { ok: false; reason: 'wrongPin'; failedAttempts: number }
  | {
      ok: false;
      /** `changedElsewhere`: another tab changed the PIN meanwhile; its keyring stays. */
      reason: 'wiped' | 'damagedKeyring' | 'unknownAccount' | 'changedElsewhere';
    };

/**
 * Re-wraps the person's data key under a new PIN and stores the new keyring
 * in the device database. The data key and the encrypted database stay as
 * they are: nothing is re-encrypted. The current PIN is an attempt like one on
 * the unlock screen (unlock-account.ts), on the same counter: counted before
 * it is checked, reset by a right one, and the fifth wrong one deletes the
 * account's data on this device.
 */
export async function changeAccountPin(
  userId: string,
  currentPin: string,
  newPin: string,
  options: KeyringOptions = {},
): Promise<ChangePinOutcome> {
  // Checked again here, so that no caller can store a PIN the setup would have refused.
  const problem = checkPinChange(currentPin, newPin, newPin);
  if (problem) return { ok: false, reason: 'rejected', problem };
  const account = await readDeviceAccount(userId);
  const failedAttempts = await countPinAttempt(userId);
  if (!account || failedAttempts === undefined) return { ok: false, reason: 'unknownAccount' };
  if (failedAttempts > MAX_PIN_ATTEMPTS) {
    await wipeAccount(userId, LoginNotice.tooManyAttempts);
    return { ok: false, reason: 'wiped' };
  }
  const changed = await changePin(account.keyring, currentPin, newPin, options);
  if (!changed.ok && changed.reason === UnlockFailure.malformedKeyring) {
    await setPinAttempts(userId, account.failedAttempts);
    return { ok: false, reason: 'damagedKeyring' };
  }
  if (!changed.ok) {
    if (failedAttempts < MAX_PIN_ATTEMPTS) return { ok: false, reason: 'wrongPin', failedAttempts };
    await wipeAccount(userId, LoginNotice.tooManyAttempts);
    return { ok: false, reason: 'wiped' };
  }
  if (await replaceKeyring(userId, account.keyring, changed.keyring)) return { ok: true };
  await setPinAttempts(userId, account.failedAttempts);
  return { ok: false, reason: 'changedElsewhere' };
}

/**
 * Stores `next` and resets the counter in one transaction, but only while the
 * stored keyring is still `expected`: the key derivation ran outside the
 * transaction (WebCrypto cannot run inside one), and a change made meanwhile in
 * another tab must not be overwritten by a keyring under a PIN nobody chose last.
 */
function replaceKeyring(
  userId: string,
  expected: StoredKeyring,
  next: StoredKeyring,
): Promise<boolean> {
  return deviceDb.transaction('rw', deviceDb.accounts, async () => {
    const account = await deviceDb.accounts.get(userId);
    if (!account || !sameKeyring(account.keyring, expected)) return false;
    await deviceDb.accounts.update(userId, { keyring: next, failedAttempts: 0 });
    return true;
  });
}

/** Every wrap has a fresh salt and IV, so equal salt and wrapped bytes mean the same keyring. */
function sameKeyring(a: StoredKeyring, b: StoredKeyring): boolean {
  return a.kdf.salt === b.kdf.salt && a.wrappedKey.data === b.wrappedKey.data;
}
