import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDataKey } from './crypto/index';
import { db } from './database';
import { saveDraft } from './drafts';
import { adoptLegacyDatabase } from './legacy-database';
import { LotseDatabase } from './lotse-database';
import { readSetting, SettingKey, writeSetting } from './local-settings';
import { openUserDatabase } from './open-user-database';
import { deviceNodeId } from './records/device-clock';
import { readStoredSession, writeStoredSession, forgetStoredToken } from './stored-session';
import {
  closeUserDatabase,
  deleteUserDatabase,
  isUserDatabaseOpen,
  openUserId,
  userDatabaseName,
} from './user-database';

const USER = { id: 'u-1', orgId: 'org-1', displayName: 'Mira', email: 'm@x.de', role: 'manager' };

/** What IndexedDB really holds, past the middleware. */
async function rawRows(userId: string, table: string): Promise<Record<string, unknown>[]> {
  const raw = new LotseDatabase(userDatabaseName(userId));
  try {
    return (await raw.table(table).toArray()) as Record<string, unknown>[];
  } finally {
    raw.close();
  }
}

afterEach(async () => {
  await closeUserDatabase();
  for (const name of await Dexie.getDatabaseNames()) await Dexie.delete(name);
});

describe('the person’s own database', () => {
  it('becomes `db` on unlock, with every table encrypted, the session token included', async () => {
    await openUserDatabase('u-1', createDataKey());
    expect(db.name).toBe('lotse-u-1');
    expect(openUserId()).toBe('u-1');
    expect(isUserDatabaseOpen('u-1')).toBe(true);
    await writeStoredSession({ user: USER as never, token: 'geheimes-token-1234567890' });
    await writeSetting(SettingKey.language, 'en');
    await saveDraft('contact-new:c1', { note: 'Entwurf über Arztbesuch' });
    expect(await readStoredSession()).toMatchObject({ token: 'geheimes-token-1234567890' });

    const stored = JSON.stringify([
      await rawRows('u-1', 'localSettings'),
      await rawRows('u-1', 'localDrafts'),
    ]);
    expect(stored).not.toMatch(/geheimes-token|Mira|Arztbesuch|"en"/);
    for (const row of await rawRows('u-1', 'localSettings')) expect(row).toHaveProperty('_enc');

    await forgetStoredToken();
    expect(await readStoredSession()).toEqual({ user: USER });
  });

  it('closes on lock: `db` refuses every access, and the data key is zeroed', async () => {
    const dataKey = createDataKey();
    await openUserDatabase('u-1', dataKey);
    await writeSetting(SettingKey.orgId, 'org-1');
    expect(await readSetting(SettingKey.orgId)).toBe('org-1');
    const forgetOpened = vi.spyOn(db, 'forgetOpenedRows');
    await closeUserDatabase();
    expect(dataKey.every((byte) => byte === 0)).toBe(true);
    // And what it kept of rows opened lately (opened-rows.ts).
    expect(forgetOpened).toHaveBeenCalledOnce();
    expect(openUserId()).toBeUndefined();
    await expect(readSetting(SettingKey.orgId)).rejects.toMatchObject({
      name: 'DatabaseClosedError',
    });
    // Nothing was created in the locked state.
    expect(await Dexie.getDatabaseNames()).toEqual(['lotse-u-1']);
  });

  it('lets a write under way finish before the key is zeroed', async () => {
    const dataKey = createDataKey();
    const copy = dataKey.slice();
    await openUserDatabase('u-1', dataKey);
    const writing = saveDraft('goal-new:p1', { text: 'Wohnung suchen' });
    await closeUserDatabase();
    await writing;
    await openUserDatabase('u-1', copy);
    expect(await db.localDrafts.get('goal-new:p1')).toMatchObject({
      values: { text: 'Wohnung suchen' },
    });
  });

  it('keeps two people apart, each with their own clock node', async () => {
    await openUserDatabase('u-1', createDataKey());
    await writeSetting(SettingKey.orgId, 'org-1');
    const firstNode = await deviceNodeId();
    await openUserDatabase('u-2', createDataKey());
    expect(db.name).toBe('lotse-u-2');
    expect(await readSetting(SettingKey.orgId)).toBeUndefined();
    expect(await deviceNodeId()).not.toBe(firstNode);
    await deleteUserDatabase('u-2');
    expect(openUserId()).toBeUndefined();
    expect(await Dexie.getDatabaseNames()).toEqual(['lotse-u-1']);
  });

  it('cannot be opened with another key', async () => {
    await openUserDatabase('u-1', createDataKey());
    await writeSetting(SettingKey.orgId, 'org-1');
    await openUserDatabase('u-1', createDataKey());
    await expect(readSetting(SettingKey.orgId)).rejects.toMatchObject({
      name: 'TamperedDataError',
    });
  });
});

describe('the plain database of earlier versions', () => {
  it('moves into the first person’s encrypted database and is deleted', async () => {
    const legacy = new LotseDatabase('lotse');
    await legacy.localSettings.put({ key: 'deviceNodeId', value: 'abcdef0123456789' });
    await legacy.localDrafts.put({ key: 'k', values: { note: 'Altbestand Haddad' }, savedAt: 'x' });
    legacy.close();

    await openUserDatabase('u-1', createDataKey());
    expect(await adoptLegacyDatabase()).toBe(2);
    expect(await Dexie.getDatabaseNames()).toEqual(['lotse-u-1']);
    expect(await deviceNodeId()).toBe('abcdef0123456789');
    expect((await db.localDrafts.get('k'))?.values).toEqual({ note: 'Altbestand Haddad' });
    expect(JSON.stringify(await rawRows('u-1', 'localDrafts'))).not.toContain('Haddad');
    expect(await adoptLegacyDatabase()).toBe(0);
  });
});
