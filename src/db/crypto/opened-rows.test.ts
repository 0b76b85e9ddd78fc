import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from './data-key';
import {
  EncryptionTestDatabase,
  HADDAD,
  NOURI,
  uniqueDatabaseName,
} from './encryption-test-database';
import { encryptionMiddleware, type EncryptionMiddleware } from './encryption-middleware';
import { OPENED_READ_ROWS, OpenedRows } from './opened-rows';
import { ENCRYPTED_PROPERTY, openRow, sealRow } from './row-cipher';
import { tableLayout, type TableLayout } from './table-layout';
import { TamperedDataError } from './tampered-data-error';

let dataKey: Uint8Array;
let db: EncryptionTestDatabase;
let layout: TableLayout;
let middleware: EncryptionMiddleware;

beforeEach(async () => {
  dataKey = createDataKey();
  middleware = encryptionMiddleware({ dataKey });
  db = new EncryptionTestDatabase(uniqueDatabaseName(), middleware);
  await db.open();
  layout = tableLayout(db.core.schema.tables.find((schema) => schema.name === 'clients')!);
});

afterEach(async () => {
  await db.delete();
});

const sealed = (row: object, primaryKey: string) =>
  sealRow(dataKey, layout, structuredClone(row), { primaryKey });
const bytesOf = (stored: Record<string, unknown>) => stored[ENCRYPTED_PROPERTY] as Uint8Array;

describe('rows opened again', () => {
  it('come back whole, as fresh objects, however often they are read', () => {
    const opened = new OpenedRows();
    const stored = sealed(HADDAD, HADDAD.id);
    const first = openRow(dataKey, layout, stored, HADDAD.id, false, opened);
    (first.health as { conditions: string[] }).conditions.push('changed by its reader');
    expect(openRow(dataKey, layout, stored, HADDAD.id, false, opened)).toEqual(HADDAD);
  });

  it('are opened without AES-GCM when their stored bytes are the same', () => {
    const opened = new OpenedRows();
    const stored = sealed(HADDAD, HADDAD.id);
    openRow(dataKey, layout, stored, HADDAD.id, false, opened);
    // With the key gone, only the payload kept from the first opening can give the row back.
    const zeroKey = new Uint8Array(dataKey.length);
    expect(openRow(zeroKey, layout, stored, HADDAD.id, false, opened)).toEqual(HADDAD);
  });

  it('are opened and authenticated anew when one byte of the ciphertext changed', () => {
    const opened = new OpenedRows();
    const stored = sealed(HADDAD, HADDAD.id);
    openRow(dataKey, layout, stored, HADDAD.id, false, opened);
    const tampered = { ...stored, [ENCRYPTED_PROPERTY]: bytesOf(stored).slice() };
    bytesOf(tampered)[20]! ^= 1;
    expect(() => openRow(dataKey, layout, tampered, HADDAD.id, false, opened)).toThrow(
      TamperedDataError,
    );
  });

  it('are not given back under another primary key or other plain values', () => {
    const opened = new OpenedRows();
    const stored = sealed(HADDAD, HADDAD.id);
    openRow(dataKey, layout, stored, HADDAD.id, false, opened);
    expect(() => openRow(dataKey, layout, stored, NOURI.id, false, opened)).toThrow(
      TamperedDataError,
    );
    const plainProp = [...layout.keyPathProps].find((name) => name !== 'id')!;
    const moved = { ...stored, [plainProp]: 'another-value' };
    expect(() => openRow(dataKey, layout, moved, HADDAD.id, false, opened)).toThrow(
      TamperedDataError,
    );
  });

  it('give way to the newest version of a row', () => {
    const opened = new OpenedRows();
    openRow(dataKey, layout, sealed(HADDAD, HADDAD.id), HADDAD.id, false, opened);
    const newer = { ...HADDAD, notes: 'newer notes' };
    expect(openRow(dataKey, layout, sealed(newer, HADDAD.id), HADDAD.id, false, opened)).toEqual(
      newer,
    );
  });

  it('are kept up to the limit, the oldest leaving first, overwritten with zeros', () => {
    const opened = new OpenedRows(1);
    const iv = new Uint8Array(12);
    const first = new Uint8Array([1, 2, 3]);
    opened.keep('a', iv, new Uint8Array([9]), first);
    opened.keep('b', iv, new Uint8Array([9]), new Uint8Array([4]));
    expect(opened.find('a', iv, new Uint8Array([9]))).toBeUndefined();
    expect(first).toEqual(new Uint8Array([0, 0, 0]));
    expect(opened.find('b', iv, new Uint8Array([9]))).toEqual(new Uint8Array([4]));
  });

  it('overwrite an older version of a row with zeros when a newer one is kept', () => {
    const opened = new OpenedRows();
    const older = new Uint8Array([5, 5]);
    opened.keep('a', new Uint8Array(12), new Uint8Array([1]), older);
    opened.keep('a', new Uint8Array(12), new Uint8Array([2]), new Uint8Array([6]));
    expect(older).toEqual(new Uint8Array([0, 0]));
    expect(opened.find('a', new Uint8Array(12), new Uint8Array([2]))).toEqual(new Uint8Array([6]));
  });

  it('are all overwritten and forgotten once the database closed', () => {
    const opened = new OpenedRows();
    const payload = new Uint8Array([7, 7]);
    opened.keep('a', new Uint8Array(12), new Uint8Array([9]), payload);
    opened.forget();
    expect(payload).toEqual(new Uint8Array([0, 0]));
    expect(opened.find('a', new Uint8Array(12), new Uint8Array([9]))).toBeUndefined();
  });

  it('are kept by the encryption of their database until it forgets them', async () => {
    await db.clients.put(structuredClone(HADDAD));
    expect(await db.clients.get(HADDAD.id)).toEqual(HADDAD);
    dataKey.fill(0); // as a lock does: only what was kept can still open the row
    expect(await db.clients.get(HADDAD.id)).toEqual(HADDAD);
    middleware.forgetOpened();
    await expect(db.clients.get(HADDAD.id)).rejects.toThrow(TamperedDataError);
  });

  it('are neither kept nor taken from a read larger than the cache could serve', async () => {
    const many = Array.from({ length: OPENED_READ_ROWS + 1 }, (_, i) => ({
      ...structuredClone(HADDAD),
      id: `client-${String(i).padStart(5, '0')}`,
    }));
    await db.clients.bulkPut(many);
    expect(await db.clients.count()).toBe(many.length);
    await db.clients.toArray();
    expect(await db.clients.limit(2).toArray()).toEqual(many.slice(0, 2));
    dataKey.fill(0);
    // The two rows read alone were kept; none of the large read's were.
    expect(await db.clients.limit(2).toArray()).toEqual(many.slice(0, 2));
    await expect(db.clients.get(many[2]!.id)).rejects.toThrow(TamperedDataError);
  });
});
