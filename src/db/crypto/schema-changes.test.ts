import { Dexie, type Table, type Transaction } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataKey } from './data-key';
import { encryptionMiddleware } from './encryption-middleware';
import { uniqueDatabaseName } from './encryption-test-database';

/** What a later `version(n + 1)` has to do about encryption (see table-layout.ts). */
interface Row {
  id: string;
  status: string;
  note: string;
}

const dataKey = createDataKey();
const ROWS: Row[] = [
  { id: 'a', status: 'open', note: 'Haddad' },
  { id: 'b', status: 'closed', note: 'Nouri' },
];

function openVersion(
  name: string,
  stores: string[],
  upgrade?: (tx: Transaction) => Promise<unknown>,
) {
  const db = new Dexie(name) as Dexie & { rows: Table<Row, string> };
  stores.forEach((spec, i) => {
    const version = db.version(i + 1).stores({ rows: spec });
    if (upgrade && i === stores.length - 1) version.upgrade(upgrade);
  });
  db.use(encryptionMiddleware({ dataKey }));
  return db;
}

let name: string;
afterEach(() => Dexie.delete(name));

describe('schema changes under encryption', () => {
  it('a new index over an existing property works once the upgrade rewrites the rows', async () => {
    name = uniqueDatabaseName();
    const v1 = openVersion(name, ['id']);
    await v1.rows.bulkPut(ROWS);
    v1.close();

    const v2 = openVersion(name, ['id', 'id, status'], (tx) =>
      tx
        .table('rows')
        .toCollection()
        .modify(() => {}),
    );
    expect(await v2.rows.where('status').equals('closed').toArray()).toEqual([ROWS[1]]);
    const raw = new Dexie(name);
    raw.version(2).stores({ rows: 'id, status' });
    const stored = await raw.table('rows').toArray();
    expect(stored.map((row: object) => Object.keys(row).sort())).toEqual([
      ['_enc', 'id', 'status'],
      ['_enc', 'id', 'status'],
    ]);
    raw.close();
    v2.close();
  });

  it('rows written under a dropped index still read', async () => {
    name = uniqueDatabaseName();
    const v1 = openVersion(name, ['id, status']);
    await v1.rows.bulkPut(ROWS);
    v1.close();

    const v2 = openVersion(name, ['id, status', 'id']);
    expect(await v2.rows.toArray()).toEqual(ROWS);
    v2.close();
  });
});
