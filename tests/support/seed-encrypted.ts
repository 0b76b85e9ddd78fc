/**
 * Puts records into a person's encrypted database as the app itself would
 * store them, for benchmarks with realistic volumes: the data key is unwrapped
 * in Node from the keyring in `lotse-device` and the PIN, every row is sealed
 * with the app's own cipher code (src/db/crypto) and written with the raw
 * IndexedDB API in chunks. The encryption binds a row to its table and key,
 * not to the database, so rows sealed here open in the browser.
 */
import 'fake-indexeddb/auto';
import type { Page } from 'playwright-core';
import { encodeHlc, rowFromFields } from '../../src/core/index';
import type { DemoRecord } from '../../src/core/demo/generate-demo-data';
import { unwrapDataKey } from '../../src/db/crypto/index';
import { sealRow } from '../../src/db/crypto/row-cipher';
import { tableLayout, type TableLayout } from '../../src/db/crypto/table-layout';
import { LotseDatabase } from '../../src/db/lotse-database';

const CHUNK = 20_000;

/** The layouts of the app's tables, read from the schema Dexie builds (here in fake-indexeddb). */
async function layouts(): Promise<Map<string, TableLayout>> {
  const schema = new LotseDatabase(`schema-${Date.now()}`);
  await schema.open();
  const result = new Map(schema.core.schema.tables.map((t) => [t.name, tableLayout(t)]));
  await schema.delete();
  return result;
}

function readKeyring(page: Page, userId: string): Promise<unknown> {
  return page.evaluate(
    (userId) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('lotse-device');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const read = open.result.transaction('accounts').objectStore('accounts').get(userId);
          read.onsuccess = () => {
            resolve((read.result as { keyring: unknown }).keyring);
            open.result.close();
          };
        };
      }),
    userId,
  );
}

// Sent as one JSON string, ciphertexts as base64: far faster to hand over than structured data.
function writeChunk(page: Page, database: string, groups: Record<string, object[]>) {
  return page.evaluate(
    ({ database, json }) =>
      new Promise<void>((resolve, reject) => {
        const rowsByTable = JSON.parse(json) as Record<string, Record<string, unknown>[]>;
        const open = indexedDB.open(database);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(rowsByTable), 'readwrite');
          for (const [table, rows] of Object.entries(rowsByTable)) {
            const store = tx.objectStore(table);
            for (const row of rows) {
              const binary = atob(row._enc as string);
              const bytes = new Uint8Array(binary.length);
              for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
              store.put({ ...row, _enc: bytes });
            }
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { database, json: JSON.stringify(groups) },
  );
}

/** Seals and stores `records` in `lotse-<userId>`; the person must have set up the page's device. */
export async function seedEncryptedRecords(
  page: Page,
  userId: string,
  pin: string,
  records: DemoRecord[],
  orgId: string,
): Promise<void> {
  const unwrapped = await unwrapDataKey(await readKeyring(page, userId), pin);
  if (!unwrapped.ok) throw new Error(`cannot unwrap the data key: ${unwrapped.reason}`);
  const { dataKey } = unwrapped;
  const byTable = await layouts();
  const stamp = encodeHlc({ wallMs: Date.now(), counter: 0, node: '00000000000000aa' });
  for (let start = 0; start < records.length; start += CHUNK) {
    const groups: Record<string, object[]> = {};
    for (const record of records.slice(start, start + CHUNK)) {
      const layout = byTable.get(record.table)!;
      const row = rowFromFields({ ...record, orgId, stamp });
      const sealed = sealRow(dataKey, layout, row, { primaryKey: row.id });
      const enc = Buffer.from(sealed._enc as Uint8Array).toString('base64');
      (groups[record.table] ??= []).push({ ...sealed, _enc: enc });
    }
    await writeChunk(page, `lotse-${userId}`, groups);
  }
  dataKey.fill(0);
}
