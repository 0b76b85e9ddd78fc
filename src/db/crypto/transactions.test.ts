import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from './data-key';
import { encryptionMiddleware } from './encryption-middleware';
import {
  EncryptionTestDatabase,
  HADDAD,
  NOURI,
  uniqueDatabaseName,
} from './encryption-test-database';

/**
 * Encryption runs synchronously inside Dexie transactions, so they keep
 * committing and aborting as a whole, the way write-records.ts relies on.
 */
let db: EncryptionTestDatabase;

beforeEach(() => {
  db = new EncryptionTestDatabase(
    uniqueDatabaseName(),
    encryptionMiddleware({ dataKey: createDataKey() }),
  );
});

afterEach(() => db.delete());

describe('transactions through the encryption middleware', () => {
  it('write, read back and write again in one transaction', async () => {
    await db.transaction('rw', [db.clients, db.localOutbox], async () => {
      await db.clients.put(HADDAD);
      const stored = await db.clients.get('client-1');
      expect(Dexie.currentTransaction).not.toBeNull();
      await db.clients.put({ ...stored!, notes: 'zweite Fassung' });
      await db.localOutbox.add({
        table: 'clients',
        recordId: 'client-1',
        fields: { notes: 'zweite Fassung' },
      });
      expect((await db.clients.get('client-1'))?.notes).toBe('zweite Fassung');
    });
    expect(await db.clients.get('client-1')).toEqual({ ...HADDAD, notes: 'zweite Fassung' });
    expect(await db.localOutbox.count()).toBe(1);
  });

  it('store nothing when the transaction fails after several writes', async () => {
    await db.clients.put(NOURI);
    const failing = db.transaction('rw', [db.clients, db.localOutbox], async () => {
      await db.clients.put(HADDAD);
      await db.localOutbox.add({ table: 'clients', recordId: 'client-1', fields: {} });
      await db.clients.update('client-2', { notes: 'geändert' });
      expect(await db.clients.count()).toBe(2);
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect(await db.clients.toArray()).toEqual([NOURI]);
    expect(await db.localOutbox.count()).toBe(0);
  });

  it('keep working across many awaited reads and writes', async () => {
    await db.transaction('rw', [db.clients, db.localOutbox], async () => {
      for (let i = 0; i < 50; i++) {
        await db.clients.put({ ...NOURI, id: `c${i}` });
        await db.localOutbox.add({ table: 'clients', recordId: `c${i}`, fields: { i } });
        expect(await db.clients.get(`c${i}`)).toEqual({ ...NOURI, id: `c${i}` });
      }
    });
    expect(await db.clients.count()).toBe(50);
    expect((await db.localOutbox.toArray()).map((e) => e.fields.i)).toEqual([...Array(50).keys()]);
  });
});
