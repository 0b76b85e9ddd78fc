/**
 * Puts a whole organisation's demo data into the page's IndexedDB, as a
 * device holds it after its first sync: every record becomes a stored row
 * with one HLC stamp per field, written with the raw IndexedDB API in chunks.
 */
import type { Page } from 'playwright-core';
import { encodeHlc, rowFromFields } from '../src/core/index';
import { generateDemoData, type DemoRecord } from '../src/core/demo/generate-demo-data';

const CHUNK = 20_000;
const ORG_ID = 'org-bench';

export interface SeededData {
  records: DemoRecord[];
  rowCount: number;
}

type RowsByTable = Record<string, object[]>;

// Sent as one JSON string: far faster to hand over than a structured argument.
function writeChunk(page: Page, rowsByTable: RowsByTable): Promise<void> {
  return page.evaluate(
    (json) =>
      new Promise<void>((resolve, reject) => {
        const groups = JSON.parse(json) as Record<string, object[]>;
        const open = indexedDB.open('lotse');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const database = open.result;
          const tx = database.transaction(Object.keys(groups), 'readwrite');
          for (const [table, rows] of Object.entries(groups)) {
            const store = tx.objectStore(table);
            for (const row of rows) store.put(row);
          }
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    JSON.stringify(rowsByTable),
  );
}

export async function seedCasework(
  page: Page,
  clients: number,
  today: string,
): Promise<SeededData> {
  const records = generateDemoData({ clients, today, orgId: ORG_ID });
  const stamp = encodeHlc({ wallMs: Date.now(), counter: 0, node: '00000000000000aa' });
  for (let start = 0; start < records.length; start += CHUNK) {
    const groups: RowsByTable = {};
    for (const record of records.slice(start, start + CHUNK)) {
      const row = rowFromFields({ ...record, orgId: ORG_ID, stamp });
      (groups[record.table] ??= []).push(row);
    }
    await writeChunk(page, groups);
  }
  return { records, rowCount: records.length };
}
