import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from './data-key';
import { encryptionMiddleware } from './encryption-middleware';
import {
  EncryptionTestDatabase,
  HADDAD,
  NOURI,
  uniqueDatabaseName,
} from './encryption-test-database';
import { TamperedDataError } from './tampered-data-error';

/**
 * An attacker with the tablet can rewrite IndexedDB but does not know the data
 * key. Whatever they change, a read returns the true row or throws
 * TamperedDataError naming table and key; never another row, never a part.
 */
let db: EncryptionTestDatabase;
let raw: EncryptionTestDatabase;

beforeEach(async () => {
  const name = uniqueDatabaseName();
  db = new EncryptionTestDatabase(name, encryptionMiddleware({ dataKey: createDataKey() }));
  raw = new EncryptionTestDatabase(name);
  await db.clients.bulkPut([HADDAD, NOURI]);
});

afterEach(async () => {
  raw.close();
  await db.delete();
});

/** Edits the stored row behind the middleware's back. */
async function tamper(id: string, edit: (row: Record<string, unknown>) => void) {
  const row = (await raw.clients.get(id)) as unknown as Record<string, unknown>;
  edit(row);
  await raw.table('clients').put(row);
}

async function expectTampered(read: Promise<unknown>, primaryKey: unknown) {
  const error: unknown = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TamperedDataError);
  expect(error).toMatchObject({ table: 'clients', primaryKey });
}

describe('tampered rows', () => {
  it('detects ciphertexts swapped between rows', async () => {
    const [haddad, nouri] = (await raw.clients.toArray()) as unknown as Record<string, unknown>[];
    await tamper('client-1', (row) => (row._enc = nouri!._enc));
    await tamper('client-2', (row) => (row._enc = haddad!._enc));
    await expectTampered(db.clients.get('client-1'), 'client-1');
    await expectTampered(db.clients.get('client-2'), 'client-2');
  });

  it('detects a ciphertext moved to the same key in another table', async () => {
    await db.contacts.put({
      id: 'client-1',
      scope: 'case-1',
      caseId: 'case-1',
      date: '2026-01-01',
      note: 'x',
    });
    const contact = (await raw.contacts.get('client-1')) as unknown as Record<string, unknown>;
    await tamper('client-1', (row) => (row._enc = contact._enc));
    await expectTampered(db.clients.get('client-1'), 'client-1');
  });

  it('detects a changed byte, on every read path', async () => {
    await tamper('client-2', (row) => {
      const sealed = new Uint8Array(row._enc as Uint8Array);
      sealed[20] = sealed[20]! ^ 1;
      row._enc = sealed;
    });
    await expectTampered(db.clients.get('client-2'), 'client-2');
    await expectTampered(db.clients.bulkGet(['client-1', 'client-2']), 'client-2');
    await expectTampered(db.clients.toArray(), 'client-2');
    await expectTampered(db.clients.where('scope').equals('case-2').toArray(), 'client-2');
    await expectTampered(
      db.clients.each(() => undefined),
      'client-2',
    );
    await expectTampered(db.clients.filter(() => true).toArray(), 'client-2');
    // The untouched row still reads.
    expect(await db.clients.get('client-1')).toEqual(HADDAD);
  });

  it('detects an edited indexed value', async () => {
    await tamper('client-1', (row) => (row.scope = 'case-2'));
    await expectTampered(db.clients.get('client-1'), 'client-1');
  });

  it('detects a row that lost its ciphertext or gained plain properties', async () => {
    await tamper('client-1', (row) => delete row._enc);
    await expectTampered(db.clients.get('client-1'), 'client-1');
    await db.clients.put(HADDAD);
    await tamper('client-1', (row) => (row.lastName = 'Mustermann'));
    await expectTampered(db.clients.get('client-1'), 'client-1');
  });

  it('detects a truncated or replaced ciphertext', async () => {
    await tamper('client-1', (row) => (row._enc = (row._enc as Uint8Array).slice(0, 20)));
    await expectTampered(db.clients.get('client-1'), 'client-1');
    await tamper('client-1', (row) => (row._enc = 'not bytes'));
    await expectTampered(db.clients.get('client-1'), 'client-1');
  });

  it('cannot be read with another data key', async () => {
    db.close();
    const other = new EncryptionTestDatabase(
      db.name,
      encryptionMiddleware({ dataKey: createDataKey() }),
    );
    await expect(other.clients.get('client-1')).rejects.toBeInstanceOf(TamperedDataError);
    other.close();
    await db.open();
  });
});
