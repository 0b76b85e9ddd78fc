import { Dexie } from 'dexie';
import { encryptionMiddleware } from './crypto/index';
import { LotseDatabase } from './lotse-database';
import { closeUserDatabase, takeOverDatabase, userDatabaseName } from './user-database';

/**
 * Opens `lotse-<userId>` with every table encrypted under `dataKey` (localSettings
 * and the outbox included) and makes it `db`. Takes over `dataKey`: it is
 * zeroed when the database closes, so the caller must not keep using it.
 * A module of its own so that the cipher code loads only when a PIN is entered.
 */
export async function openUserDatabase(userId: string, dataKey: Uint8Array): Promise<void> {
  await closeUserDatabase();
  const next = encryptedDatabase(userDatabaseName(userId), dataKey);
  try {
    await next.open();
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  takeOverDatabase(next, userId, dataKey);
}

/** A LotseDatabase (not yet open) with every table encrypted under `dataKey`. */
export function encryptedDatabase(name: string, dataKey: Uint8Array): LotseDatabase {
  const database = new LotseDatabase(name);
  const encryption = encryptionMiddleware({ dataKey, plainTables: [] });
  database.use(encryption);
  database.sealAhead = encryption.sealAhead;
  const inTransaction = <T>(read: (trans: IDBTransaction) => Promise<T>): Promise<T> => {
    const trans = Dexie.currentTransaction;
    if (!trans) return Dexie.Promise.reject(new Error('Sealed rows are read inside a transaction'));
    return Dexie.Promise.resolve(read(trans.idbtrans));
  };
  database.readSealed = (table, keys) =>
    inTransaction((trans) => encryption.readSealed(trans, table, keys));
  database.readAllSealed = (table) =>
    inTransaction((trans) => encryption.readAllSealed(trans, table));
  database.openSealed = encryption.openSealed;
  database.forgetOpenedRows = encryption.forgetOpened;
  return database;
}
