import { deviceDb, type DeviceAccount } from './device-database';

/** The people set up on this device, in the order they were added. */
export async function listDeviceAccounts(): Promise<DeviceAccount[]> {
  const accounts = await deviceDb.accounts.toArray();
  return accounts.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

export function readDeviceAccount(userId: string): Promise<DeviceAccount | undefined> {
  return deviceDb.accounts.get(userId);
}

export async function saveDeviceAccount(account: DeviceAccount): Promise<void> {
  await deviceDb.accounts.put(account);
}

/** Who the person is, as the server last told (a new name or role); keyring and counter stay. */
export async function updateDeviceAccount(
  userId: string,
  changes: Partial<Pick<DeviceAccount, 'email' | 'displayName' | 'role' | 'autoLockMinutes'>>,
): Promise<void> {
  await deviceDb.accounts.update(userId, changes);
}

/**
 * Counts one more PIN attempt and answers the new count, in one transaction so
 * that two tabs cannot both count the same number. Undefined for an unknown account.
 */
export function countPinAttempt(userId: string): Promise<number | undefined> {
  return deviceDb.transaction('rw', deviceDb.accounts, async () => {
    const account = await deviceDb.accounts.get(userId);
    if (!account) return undefined;
    const failedAttempts = account.failedAttempts + 1;
    await deviceDb.accounts.update(userId, { failedAttempts });
    return failedAttempts;
  });
}

/** Back to 0 after a right PIN, or back to the count before an attempt that did not count. */
export async function setPinAttempts(userId: string, failedAttempts: number): Promise<void> {
  await deviceDb.accounts.update(userId, { failedAttempts });
}

/** Forgets the person and their keyring: without it their database can never be opened again. */
export async function removeDeviceAccount(userId: string): Promise<void> {
  await deviceDb.accounts.delete(userId);
}
