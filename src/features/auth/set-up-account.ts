import type { LoginResponse } from '@/core/index';
import { createKeyring } from '@/db/crypto/index';
import {
  listDeviceAccounts,
  removeDeviceAccount,
  saveDeviceAccount,
} from '@/db/device/device-accounts';
import { adoptLegacyDatabase } from '@/db/legacy-database';
import { readSetting, SettingKey, writeSetting } from '@/db/local-settings';
import { writeStoredSession } from '@/db/stored-session';
import { openUserDatabase } from '@/db/open-user-database';
import { deleteUserDatabase } from '@/db/user-database';
import { enterSession } from './enter-session';

/**
 * After a person's first login on this device: a new data key wrapped under
 * their PIN (PBKDF2, 600,000 iterations), their entry in the device's account
 * list, and their own encrypted database, which then keeps the session token.
 * If a step fails, nothing of the new account stays on the device.
 */
export async function setUpAccount(login: LoginResponse, pin: string): Promise<void> {
  const { user, token, session } = login;
  const { keyring, dataKey } = await createKeyring(pin);
  const firstOnDevice = (await listDeviceAccounts()).length === 0;
  await saveDeviceAccount({
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    orgId: user.orgId,
    keyring,
    failedAttempts: 0,
    addedAt: new Date().toISOString(),
  });
  try {
    await openUserDatabase(user.id, dataKey);
    if (firstOnDevice) await adoptLegacyDatabase();
    await writeStoredSession({ user, token, session });
    if (!(await readSetting(SettingKey.orgId))) await writeSetting(SettingKey.orgId, user.orgId);
  } catch (error) {
    await removeDeviceAccount(user.id);
    await deleteUserDatabase(user.id);
    throw error;
  }
  await enterSession(user, token);
}
