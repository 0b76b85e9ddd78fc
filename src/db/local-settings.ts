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
  /** The sync server's epoch this device last synced with (docs/PROTOCOL.md). */
  syncEpoch: 'syncEpoch',
  /** The cursor of the last sync response; absent before the first sync. */
  syncCursor: 'syncCursor',
  /** When the last sync finished, ISO 8601. */
  lastSyncedAt: 'lastSyncedAt',
  /** The server's epoch changed and this device has not yet re-sent all its rows. */
  resendFrom: 'resendFrom',
  /** Cases taken from this person that stay here while the outbox holds changes for them. */
  keptScopes: 'keptScopes',
  /** Fields whose refused changes the person gave up: the device asks the server for them (refetch.ts). */
  refetch: 'refetch',
  /**
   * False when the outbox certainly holds no refused change: then the sync
   * status need not open every waiting change to look (outbox-batch.ts).
   * Absent on a device that has not checked yet, which counts as maybe.
   */
  outboxMayHoldRefused: 'outboxMayHoldRefused',
} as const;
export type SettingKey = (typeof SettingKey)[keyof typeof SettingKey];

export async function readSetting<T>(key: SettingKey): Promise<T | undefined> {
  const entry = await db.localSettings.get(key);
  return entry?.value as T | undefined;
}

export async function writeSetting(key: SettingKey, value: unknown): Promise<void> {
  await db.localSettings.put({ key, value });
}
