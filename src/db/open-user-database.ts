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
  const next = new LotseDatabase(userDatabaseName(userId));
  next.use(encryptionMiddleware({ dataKey, plainTables: [] }));
  try {
    await next.open();
  } catch (error) {
    dataKey.fill(0);
    throw error;
  }
  takeOverDatabase(next, userId, dataKey);
}
