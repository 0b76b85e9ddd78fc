import { beforeEach, describe, expect, it } from 'vitest';
import { deviceIdSchema } from '@/core/index';
import { createKeyring } from '../crypto/index';
import {
  countPinAttempt,
  listDeviceAccounts,
  readDeviceAccount,
  removeDeviceAccount,
  saveDeviceAccount,
  setPinAttempts,
  updateDeviceAccount,
} from './device-accounts';
import { deviceDb, type DeviceAccount } from './device-database';
import {
  deviceId,
  deviceName,
  readDeviceLanguage,
  saveDeviceLanguage,
  saveDeviceName,
} from './device-settings';

async function account(userId: string, addedAt: string): Promise<DeviceAccount> {
  const { keyring } = await createKeyring('482915', { iterations: 1000 });
  return {
    userId,
    email: `${userId}@demo.lotse.example`,
    displayName: userId,
    role: 'manager',
    orgId: 'org-1',
    keyring,
    failedAttempts: 0,
    addedAt,
  };
}

beforeEach(() => Promise.all(deviceDb.tables.map((t) => t.clear())));

describe('the device account registry', () => {
  it('lists the people of this device in the order they were added', async () => {
    await saveDeviceAccount(await account('b', '2026-11-02T08:00:00.000Z'));
    await saveDeviceAccount(await account('a', '2026-11-01T08:00:00.000Z'));
    expect((await listDeviceAccounts()).map((a) => a.userId)).toEqual(['a', 'b']);
    await updateDeviceAccount('a', { displayName: 'Mira Muster', autoLockMinutes: 5 });
    expect(await readDeviceAccount('a')).toMatchObject({
      displayName: 'Mira Muster',
      autoLockMinutes: 5,
    });
    await removeDeviceAccount('a');
    expect((await listDeviceAccounts()).map((a) => a.userId)).toEqual(['b']);
  });

  it('counts PIN attempts one by one, also when asked at once', async () => {
    await saveDeviceAccount(await account('a', '2026-11-01T08:00:00.000Z'));
    const counts = await Promise.all([countPinAttempt('a'), countPinAttempt('a')]);
    expect(counts.sort()).toEqual([1, 2]);
    expect(await countPinAttempt('a')).toBe(3);
    await setPinAttempts('a', 0);
    expect((await readDeviceAccount('a'))?.failedAttempts).toBe(0);
    expect(await countPinAttempt('nobody')).toBeUndefined();
  });
});

describe('the device settings', () => {
  it('make one device id, valid for the login, and keep it', async () => {
    const [first, second] = await Promise.all([deviceId(), deviceId()]);
    expect(first).toBe(second);
    expect(deviceIdSchema.safeParse(first).success).toBe(true);
    expect(await deviceId()).toBe(first);
  });

  it('name the device "Tablet" and a short id until it is given a name', async () => {
    expect(await deviceName()).toBe(`Tablet ${(await deviceId()).slice(0, 4)}`);
    await saveDeviceName('Tablet Büro 2');
    expect(await deviceName()).toBe('Tablet Büro 2');
  });

  it('remember the last language for the screens before unlocking', async () => {
    expect(await readDeviceLanguage()).toBeUndefined();
    await saveDeviceLanguage('en');
    expect(await readDeviceLanguage()).toBe('en');
  });
});
