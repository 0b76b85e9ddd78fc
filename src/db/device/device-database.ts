import { Dexie, type EntityTable } from 'dexie';
import type { Role } from '@/core/index';
import type { StoredKeyring } from '../crypto/index';

/**
 * One person who has set up Lotse on this device. Read before unlocking, so
 * it holds nothing about clients: who the person is (for the unlock screen),
 * the keyring that unwraps their data key, and the failed PIN attempts.
 */
export interface DeviceAccount {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  orgId: string;
  /** Plain JSON from src/db/crypto: secret only together with the PIN. */
  keyring: StoredKeyring;
  /** Wrong PINs in a row; counted before each attempt is checked, reset by a right one. */
  failedAttempts: number;
  /** Minutes without input before the app locks itself; the default when absent. */
  autoLockMinutes?: number;
  addedAt: string;
}

export interface DeviceSettingEntry {
  key: string;
  value: unknown;
}

/**
 * The device's own small database, `lotse-device`, beside the people's
 * encrypted ones (`lotse-<userId>`). Plain by design: it is needed before any
 * PIN is known. Never put client data here.
 * A shipped `version(n)` is never edited; a change adds `version(n + 1)`.
 */
export class DeviceDatabase extends Dexie {
  accounts!: EntityTable<DeviceAccount, 'userId'>;
  deviceSettings!: EntityTable<DeviceSettingEntry, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      accounts: 'userId',
      deviceSettings: 'key',
    });
  }
}

export const DEVICE_DATABASE_NAME = 'lotse-device';

export const deviceDb = new DeviceDatabase(DEVICE_DATABASE_NAME);
