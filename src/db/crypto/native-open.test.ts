import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from './data-key';
import {
  EncryptionTestDatabase,
  HADDAD,
  NOURI,
  SECRET_WORDS,
  uniqueDatabaseName,
} from './encryption-test-database';
import { encryptionMiddleware, type EncryptionMiddleware } from './encryption-middleware';
import { TamperedDataError } from './tampered-data-error';

let middleware: EncryptionMiddleware;
let db: EncryptionTestDatabase;
let raw: EncryptionTestDatabase;

beforeEach(async () => {
  const name = uniqueDatabaseName();
  middleware = encryptionMiddleware({ dataKey: createDataKey(), plainTables: ['localSettings'] });
  db = new EncryptionTestDatabase(name, middleware);
  raw = new EncryptionTestDatabase(name);
  await db.open();
  await db.clients.bulkPut([structuredClone(HADDAD), structuredClone(NOURI)]);
});

afterEach(async () => {
  raw.close();
  await db.delete();
});

/** The stored forms of `keys`, read in a transaction of `db` as a sync page does. */
function readSealed(table: 'clients' | 'localSettings', keys: string[]) {
  return db.transaction('r', db.table(table), () =>
    middleware.readSealed(Dexie.currentTransaction.idbtrans, table, keys),
  );
}

describe('reading rows sealed and opening them natively', () => {
  it('reads stored forms with nothing secret in them, and opens them to the rows written', async () => {
    const stored = await readSealed('clients', ['client-2', 'nobody', 'client-1']);
    expect(stored[1]).toBeUndefined();
    const text = JSON.stringify(stored);
    for (const word of SECRET_WORDS) expect(text).not.toContain(word);
    const opened = await middleware.openSealed('clients', stored, [
      'client-2',
      'nobody',
      'client-1',
    ]);
    expect(opened).toEqual([NOURI, undefined, HADDAD]);
  });

  it('reads a whole table in key order', async () => {
    const stored = await db.transaction('r', db.clients, () =>
      middleware.readAllSealed(Dexie.currentTransaction.idbtrans, 'clients'),
    );
    expect(await middleware.openSealed('clients', stored, ['client-1', 'client-2'])).toEqual([
      HADDAD,
      NOURI,
    ]);
  });

  it('refuses a row under another key, a changed byte or a changed plain property', async () => {
    const [haddad, nouri] = await readSealed('clients', ['client-1', 'client-2']);
    await expect(middleware.openSealed('clients', [haddad], ['client-2'])).rejects.toThrow(
      TamperedDataError,
    );
    const flipped = structuredClone(nouri) as { _enc: Uint8Array };
    flipped._enc[flipped._enc.length - 20]! ^= 1;
    await expect(middleware.openSealed('clients', [flipped], ['client-2'])).rejects.toThrow(
      TamperedDataError,
    );
    const moved = { ...(nouri as object), scope: 'case-other' };
    await expect(middleware.openSealed('clients', [moved], ['client-2'])).rejects.toThrow(
      TamperedDataError,
    );
    const bare = { id: 'client-2', scope: NOURI.scope };
    await expect(middleware.openSealed('clients', [bare], ['client-2'])).rejects.toThrow(
      TamperedDataError,
    );
  });

  it('hands a plain table’s rows back as they are', async () => {
    await db.localSettings.put({ key: 'theme', value: 'dark' });
    const stored = await readSealed('localSettings', ['theme']);
    expect(await middleware.openSealed('localSettings', stored, ['theme'])).toEqual([
      { key: 'theme', value: 'dark' },
    ]);
  });
});
