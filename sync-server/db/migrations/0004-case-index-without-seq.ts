import type { Kysely } from 'kysely';

/**
 * The records' index by case without the sequence number. No query reads the
 * sequence number through it (pulls go along the index by sequence number),
 * but every change of a push gave its record a new one, which moved the
 * record's entry in this index: a page of writes for almost every change.
 * By case alone, its entries never move.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
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
}
