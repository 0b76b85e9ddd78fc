import type { Kysely } from 'kysely';

/**
 * Indexes whose entries a push does not move. Every change of a push gets a
 * new sequence number, and an index entry keyed by it moves, or is written,
 * wherever its other key columns put it: in an index by record or by case,
 * at a random place. For a push of 100 changes that was about 60 of its
 * 155 pages of writes.
 * - The change log's index by record served one lookup: whether a value sent
 *   again was stored before (find-conflicts.ts, withoutReplays). That reads
 *   the log after the device's cursor now, along an index by position that
 *   also holds the record's id and grows only at its end.
 * - The records' index by case kept the sequence number too, which no query
 *   reads through it (pulls go along the index by sequence number): by case
 *   alone, its entries never move.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('sync_log_position_record')
    .on('sync_log')
    .columns(['org_id', 'seq', 'record_id'])
    .execute();
  await db.schema.dropIndex('sync_log_record').execute();
  await db.schema
    .createIndex('sync_records_org_scope')
    .on('sync_records')
    .columns(['org_id', 'scope'])
    .execute();
  await db.schema.dropIndex('sync_records_org_scope_seq').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('sync_records_org_scope_seq')
    .on('sync_records')
    .columns(['org_id', 'scope', 'seq'])
    .execute();
  await db.schema.dropIndex('sync_records_org_scope').execute();
  await db.schema
    .createIndex('sync_log_record')
    .on('sync_log')
    .columns(['org_id', 'record_id'])
    .execute();
  await db.schema.dropIndex('sync_log_position_record').execute();
}
