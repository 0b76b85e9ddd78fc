import { db } from './database';

/** Device-local preferences; they never sync. */
export const SettingKey = {
  language: 'language',
} as const;
export type SettingKey = (typeof SettingKey)[keyof typeof SettingKey];

export async function readSetting<T>(key: SettingKey): Promise<T | undefined> {
  const entry = await db.localSettings.get(key);
  return entry?.value as T | undefined;
}

export async function writeSetting(key: SettingKey, value: unknown): Promise<void> {
  await db.localSettings.put({ key, value });
}
