import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';

/** This store's identity (docs/PROTOCOL.md, "A server restored from a backup"). */
export async function readEpoch(db: Kysely<ServerDatabase>): Promise<string> {
  const row = await db
    .selectFrom('server_meta')
    .select('value')
    .where('key', '=', 'epoch')
    .executeTakeFirstOrThrow();
  return row.value;
}

/**
 * Gives the store a new identity, so that every device re-sends what the
 * server may lack and pulls again: `npm run server:new-epoch`, after
 * restoring a backup. (Without it, each device whose cursor the restored
 * store does not know is reset on its own at its next sync.)
 */
export async function rotateEpoch(db: Kysely<ServerDatabase>): Promise<string> {
  const epoch = randomUUID();
  await db.updateTable('server_meta').set({ value: epoch }).where('key', '=', 'epoch').execute();
  return epoch;
}
