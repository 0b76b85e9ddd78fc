import { db } from './database';

/** Device-local preferences; they never sync. */
export const SettingKey = {
  language: 'language',
  /** This device's HLC node id, made once. */
  deviceNodeId: 'deviceNodeId',
  /** The greatest HLC stamp issued on this device, so clocks stay monotonic across reloads and tabs. */
  hlcLast: 'hlcLast',
  /** The organisation this device works for; set at first login, `local` until then. */
  orgId: 'orgId',
} as const;
export type SettingKey = (typeof SettingKey)[keyof typeof SettingKey];

export async function readSetting<T>(key: SettingKey): Promise<T | undefined> {
  const entry = await db.localSettings.get(key);
  return entry?.value as T | undefined;
}

export async function writeSetting(key: SettingKey, value: unknown): Promise<void> {
  await db.localSettings.put({ key, value });
}
