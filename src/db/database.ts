import { LotseDatabase } from './lotse-database';

/**
 * The plain database of earlier versions, and the one unit tests use without
 * unlocking. The app never opens it: main.tsx locks at start, and a device's
 * first login moves what it holds into that person's encrypted database
 * (legacy-database.ts).
 */
export const DATABASE_NAME = 'lotse';

/**
 * The open database of the person working on this device: `lotse-<userId>`,
 * encrypted (user-database.ts switches it on unlock and lock). Every module
 * imports this binding and reads it at call time, so ES module live bindings
 * keep every importer on the current database; never copy it into a
 * variable of your own.
 */
export let db: LotseDatabase = new LotseDatabase(DATABASE_NAME);

/** Only user-database.ts calls this; it keeps the data key's lifetime together with the database's. */
export function replaceDatabase(next: LotseDatabase): LotseDatabase {
  const previous = db;
  db = next;
  return previous;
}

/**
 * A database that never opens: every read and write fails with Dexie's
 * DatabaseClosedError. It stands in while the device is locked, so that a
 * stray query can neither see a closed person's data nor create a plain
 * database.
 */
export function lockedDatabase(): LotseDatabase {
  const locked = new LotseDatabase(DATABASE_NAME);
  locked.close();
  return locked;
}
