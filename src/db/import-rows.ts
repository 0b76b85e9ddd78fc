import type { RecordTable, SyncedRow } from '@/core/index';
import { db } from './database';

/**
 * Stores rows that arrive complete and already stamped (demo data, and later
 * what a sync delivers) in one transaction. They are not queued in the outbox:
 * they did not change on this device.
 */
export async function importRows(rows: { table: RecordTable; row: SyncedRow }[]): Promise<void> {
  const byTable = new Map<RecordTable, SyncedRow[]>();
  for (const { table, row } of rows) {
    const list = byTable.get(table) ?? [];
    list.push(row);
    byTable.set(table, list);
  }
  await db.transaction('rw', [...byTable.keys()], async () => {
    for (const [table, tableRows] of byTable) await db.table(table).bulkPut(tableRows);
  });
}
