import type { Kysely } from 'kysely';

/**
 * A replayed push is told apart by the change log's entries after the
 * device's cursor (find-conflicts.ts, withoutReplays), read along an index by
 * position that also holds the record's id. Its entries are written at its
 * end; those of the index by record it replaces went to random places, which
 * cost a push of 100 changes about 40 pages of writes (a quarter of its
 * commit) for a lookup that only a push losing to a newer value needs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('sync_log_position_record')
    .on('sync_log')
    .columns(['org_id', 'seq', 'record_id'])
    .execute();
  await db.schema.dropIndex('sync_log_record').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('sync_log_record')
    .on('sync_log')
    .columns(['org_id', 'record_id'])
    .execute();
  await db.schema.dropIndex('sync_log_position_record').execute();
}
