import { Dexie } from 'dexie';
import { DATABASE_NAME, db } from './database';
import { LotseDatabase } from './lotse-database';

/**
 * Versions before offline unlock kept everything in one plain database,
 * `lotse`. The first person to set up the device takes its rows over into
 * their encrypted database (unsynced changes, drafts and the clock included),
 * and the plain copy is deleted, so that no client data stays unencrypted.
 * Answers how many rows moved. Call it with the new person's database open.
 */
export async function adoptLegacyDatabase(): Promise<number> {
  if (!(await Dexie.exists(DATABASE_NAME))) return 0;
  const legacy = new LotseDatabase(DATABASE_NAME);
  let moved = 0;
  try {
    const rowsByTable = await Promise.all(
      legacy.tables.map(async (table) => [table.name, await table.toArray()] as const),
    );
    await db.transaction('rw', db.tables, async () => {
      for (const [name, rows] of rowsByTable) {
        await db.table(name).bulkPut(rows);
        moved += rows.length;
      }
    });
  } finally {
    legacy.close();
  }
  await Dexie.delete(DATABASE_NAME);
  return moved;
}
