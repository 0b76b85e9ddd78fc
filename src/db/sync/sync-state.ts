import { db } from '../database';
import { SettingKey } from '../local-settings';
import { orgIdOrLocal } from '../records/write-records';

/** Where this device stands with the sync server; kept in localSettings, never synced. */
export interface SyncState {
  epoch: string | null;
  cursor: string | null;
  lastSyncedAt: string | null;
  /** During a re-send after an epoch change: the table and id to continue after. */
  resendFrom: { table: string; after: string } | null;
  /** The organisation pulled rows belong to (orgIdOrLocal: `local` before the first login). */
  orgId: string;
}

export async function readSyncState(): Promise<SyncState> {
  const entries = await db.localSettings.bulkGet([
    SettingKey.syncEpoch,
    SettingKey.syncCursor,
    SettingKey.lastSyncedAt,
    SettingKey.resendFrom,
    SettingKey.orgId,
  ]);
  const [epoch, cursor, lastSyncedAt, resendFrom, orgId] = entries.map((e) => e?.value ?? null);
  return {
    epoch: epoch as string | null,
    cursor: cursor as string | null,
    lastSyncedAt: lastSyncedAt as string | null,
    resendFrom: resendFrom as SyncState['resendFrom'],
    orgId: orgIdOrLocal(orgId as string | null),
  };
}

/**
 * The server's epoch changed (docs/PROTOCOL.md): forget the cursor, remember
 * the new epoch, and start re-sending every row from the first table.
 */
export async function startResend(epoch: string): Promise<void> {
  await db.localSettings.bulkPut([
    { key: SettingKey.syncEpoch, value: epoch },
    { key: SettingKey.syncCursor, value: null },
    { key: SettingKey.resendFrom, value: { table: '', after: '' } },
  ]);
}

export async function saveResendProgress(next: SyncState['resendFrom']): Promise<void> {
  await db.localSettings.put({ key: SettingKey.resendFrom, value: next });
}
