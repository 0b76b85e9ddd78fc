import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataKey } from './data-key';
import {
  EncryptionTestDatabase,
  HADDAD,
  NOURI,
  SECRET_WORDS,
  uniqueDatabaseName,
  type ClientRow,
} from './encryption-test-database';
import { encryptionMiddleware, type EncryptionMiddleware } from './encryption-middleware';
import { openRow } from './row-cipher';
import { NativeKey } from './native-key';
import { SealedAhead } from './seal-ahead';
import { tableLayout } from './table-layout';
import { TamperedDataError } from './tampered-data-error';
import { UnencryptableValueError } from './unencryptable-value-error';

let dataKey: Uint8Array;
let middleware: EncryptionMiddleware;
let db: EncryptionTestDatabase;
let raw: EncryptionTestDatabase;

beforeEach(async () => {
  const name = uniqueDatabaseName();
  dataKey = createDataKey();
  middleware = encryptionMiddleware({ dataKey, plainTables: ['localSettings'] });
  db = new EncryptionTestDatabase(name, middleware);
  raw = new EncryptionTestDatabase(name);
  await db.open();
});

afterEach(async () => {
  raw.close();
  await db.delete();
});

const copies = (): ClientRow[] => [structuredClone(HADDAD), structuredClone(NOURI)];
const layoutOf = (table: string) =>
  tableLayout(db.core.schema.tables.find((schema) => schema.name === table)!);

describe('sealing rows ahead of their transaction', () => {
  it('writes them as any other row: readable, with nothing secret in plain text', async () => {
    const rows = copies();
    await middleware.sealAhead('clients', rows);
    const take = vi.spyOn(SealedAhead.prototype, 'take');
    await db.transaction('rw', db.clients, () => db.clients.bulkPut(rows));
    // Both rows were written in the form sealed ahead, none sealed again.
    expect(take.mock.results.map((result) => result.value !== undefined)).toEqual([true, true]);
    take.mockRestore();
    expect(await db.clients.toArray()).toEqual([HADDAD, NOURI]);
    const stored = JSON.stringify(await raw.clients.toArray());
    for (const word of SECRET_WORDS) expect(stored).not.toContain(word);
  });

  it('freezes each row, deeply, so it cannot change after it was sealed', async () => {
    const [row] = copies();
    await middleware.sealAhead('clients', [row!]);
    expect(() => row!.health!.conditions.push('Asthma')).toThrow(TypeError);
    expect(() => Object.assign(row!, { notes: 'geändert' })).toThrow(TypeError);
    expect(row).toEqual(HADDAD);
  });

  it('seals a row once, however often it is asked to', async () => {
    const ahead = new SealedAhead(new NativeKey(dataKey));
    const [row] = copies();
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    await ahead.seal(layoutOf('clients'), [row!]);
    await ahead.seal(layoutOf('clients'), [row!]);
    expect(encrypt).toHaveBeenCalledTimes(1);
    encrypt.mockRestore();
    expect(
      openRow(dataKey, layoutOf('clients'), ahead.take('clients', row), 'client-1', false),
    ).toEqual(HADDAD);
  });

  it('hands a sealed form only to the object it was made from, in its table, once', async () => {
    const ahead = new SealedAhead(new NativeKey(dataKey));
    const layout = layoutOf('clients');
    const [row] = copies();
    await ahead.seal(layout, [row!]);
    expect(ahead.take('contacts', row)).toBeUndefined();
    expect(ahead.take('clients', structuredClone(row))).toBeUndefined();
    const stored = ahead.take('clients', row);
    expect(stored).toBeDefined();
    expect(ahead.take('clients', row)).toBeUndefined();
    // The same format as rows sealed in a transaction, bound to the row's key.
    expect(openRow(dataKey, layout, stored, 'client-1', false)).toEqual(HADDAD);
    expect(() => openRow(dataKey, layout, stored, 'client-2', false)).toThrow(TamperedDataError);
  });

  it('leaves a row it cannot seal to the write, which refuses it and stores nothing', async () => {
    const withDate = { ...NOURI, id: 'client-3', notes: new Date() as unknown as string };
    await middleware.sealAhead('clients', [withDate]);
    expect(Object.isFrozen(withDate)).toBe(false);
    await expect(db.clients.put(withDate)).rejects.toThrow(UnencryptableValueError);
    expect(await raw.clients.get('client-3')).toBeUndefined();
  });

  it('seals nothing ahead for generated keys, plain tables or an unopened database', async () => {
    const entry = { message: 'Haddad geöffnet' };
    await middleware.sealAhead('localLog', [entry]);
    const setting = { key: 'language', value: 'de' };
    await middleware.sealAhead('localSettings', [setting]);
    const unopened = encryptionMiddleware({ dataKey: createDataKey() });
    const [row] = copies();
    await unopened.sealAhead('clients', [row!]);
    expect([entry, setting, row].map((value) => Object.isFrozen(value))).toEqual([
      false,
      false,
      false,
    ]);
    const key = await db.localLog.add(entry);
    expect(await db.localLog.get(key)).toEqual(entry);
  });
});
