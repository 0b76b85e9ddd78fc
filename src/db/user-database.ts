import { Dexie } from 'dexie';
import { db, lockedDatabase, replaceDatabase } from './database';
import type { LotseDatabase } from './lotse-database';
import { forgetDeviceNodeId } from './records/device-clock';

/** Each person on a device has a database of their own; nobody's ever opens with another's key. */
export function userDatabaseName(userId: string): string {
  return `lotse-${userId}`;
}

let open: { userId: string; dataKey: Uint8Array } | undefined;

/** The person whose database is open, if any. */
export function openUserId(): string | undefined {
  return open?.userId;
}

/**
 * Only open-user-database.ts calls this, with a database it has just opened:
 * `next` becomes `db`, and `dataKey` is zeroed when it closes.
 */
export function takeOverDatabase(next: LotseDatabase, userId: string, dataKey: Uint8Array): void {
  replaceDatabase(next);
  open = { userId, dataKey };
  // The HLC node id is kept per database; the cached one belonged to the previous database.
  forgetDeviceNodeId();
}

/**
 * Locks: `db` becomes a database that refuses every access, the open one
 * closes, and the data key and the payloads of rows opened lately are
 * overwritten with zeros. Safe to call when
 * nothing is open.
 *
 * Writes already under way finish first, so that none of them is sealed with a
 * zeroed key: an empty read-write transaction over every table starts only
 * after every earlier transaction of this connection has ended (IndexedDB
 * orders overlapping transactions). A write that looks up `db` after the switch
 * fails as a whole instead (its transaction aborts; nothing half-written).
 */
export async function closeUserDatabase(): Promise<void> {
  const closing = replaceDatabase(lockedDatabase());
  const dataKey = open?.dataKey;
  open = undefined;
  forgetDeviceNodeId();
  if (closing.isOpen())
    await closing.transaction('rw', closing.tables, () => undefined).catch(() => undefined);
  closing.close();
  closing.forgetOpenedRows();
  dataKey?.fill(0);
}

/** Deletes a person's database from the device, closing it first if it is the open one. */
export async function deleteUserDatabase(userId: string): Promise<void> {
  if (open?.userId === userId) await closeUserDatabase();
  await Dexie.delete(userDatabaseName(userId));
}

/** Whether `db` is the open database of `userId`. */
export function isUserDatabaseOpen(userId: string): boolean {
  return open?.userId === userId && db.name === userDatabaseName(userId) && db.isOpen();
}
