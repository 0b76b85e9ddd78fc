import { deviceDb } from './device-database';

const DeviceSettingKey = {
  /** Sent with every login, so that admins see one device however many people use it. */
  deviceId: 'deviceId',
  /** What admins see in the device list; editable at login. */
  deviceName: 'deviceName',
  /** The interface language of the last person who worked here, for the screens before unlocking. */
  language: 'language',
} as const;
type DeviceSettingKey = (typeof DeviceSettingKey)[keyof typeof DeviceSettingKey];

async function read<T>(key: DeviceSettingKey): Promise<T | undefined> {
  return (await deviceDb.deviceSettings.get(key))?.value as T | undefined;
}

async function write(key: DeviceSettingKey, value: unknown): Promise<void> {
  await deviceDb.deviceSettings.put({ key, value });
}

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * This device's id, made once (128 random bits as hex, which deviceIdSchema
 * accepts) and kept. Made in a transaction so that two tabs agree on one.
 */
export function deviceId(): Promise<string> {
  return deviceDb.transaction('rw', deviceDb.deviceSettings, async () => {
    const stored = await read<string>(DeviceSettingKey.deviceId);
    if (stored) return stored;
    const made = randomHex(16);
    await write(DeviceSettingKey.deviceId, made);
    return made;
  });
}

/** The name last given to this device, or a default such as "Tablet 3f9a". */
export async function deviceName(): Promise<string> {
  const stored = await read<string>(DeviceSettingKey.deviceName);
  return stored ?? `Tablet ${(await deviceId()).slice(0, 4)}`;
}

export function saveDeviceName(name: string): Promise<void> {
  return write(DeviceSettingKey.deviceName, name);
}

export function readDeviceLanguage(): Promise<string | undefined> {
  return read<string>(DeviceSettingKey.language);
}

export function saveDeviceLanguage(language: string): Promise<void> {
  return write(DeviceSettingKey.language, language);
}
