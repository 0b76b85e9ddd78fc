import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageKind } from '../database';

/**
 * The record store of the sync protocol (docs/PROTOCOL.md):
 * - sync_records: the merged current state of every record, one row per record,
 *   with per field its value, HLC stamp, the sequence number that last changed
 *   it and who wrote it, and the stamps of late values that arrived equal to
 *   the current one (so that a push sent again makes no conflict of them);
 * - sync_log: the append-only change log; every change gets the next sequence
 *   number of its organisation, and cursors point into it. It holds ids, field
 *   names and stamps, never a value, so an erasure leaves no personal data in it;
 * - sync_sequences: the last sequence number per organisation;
 * - server_meta `epoch`: this store's identity, which devices remember.
 */
export function syncMigration(kind: StorageKind): Migration {
  return { up: (db) => up(db, kind), down: (db) => down(db, kind) };
}

async function up(db: Kysely<unknown>, kind: StorageKind): Promise<void> {
  const seqType = kind === 'postgres' ? 'bigint' : 'integer';
  await db.schema
    .createTable('sync_records')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('tbl', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('stamps', 'text', (c) => c.notNull())
    .addColumn('field_seqs', 'text', (c) => c.notNull())
    .addColumn('authors', 'text', (c) => c.notNull())
    .addColumn('absorbed', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('seq', seqType, (c) => c.notNull())
    .addColumn('erased', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('sync_records_pk', ['org_id', 'id'])
    .execute();
  await db.schema
    .createIndex('sync_records_org_seq')
    .on('sync_records')
    .columns(['org_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('sync_records_org_scope_seq')
    .on('sync_records')
    .columns(['org_id', 'scope', 'seq'])
    .execute();

  // Retention and erasure look for case files and a client's records by table.
  await db.schema
    .createIndex('sync_records_org_tbl')
    .on('sync_records')
    .columns(['org_id', 'tbl'])
    .execute();

  await db.schema
    .createTable('sync_log')
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('seq', seqType, (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('tbl', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('stamps', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('session_id', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_log_pk', ['org_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('sync_log_subject')
    .on('sync_log')
    .columns(['org_id', 'subject_id', 'seq'])
    .execute();
  // A replayed push tells whether its value was stored before by the record's log entries.
  await db.schema
    .createIndex('sync_log_record')
    .on('sync_log')
    .columns(['org_id', 'record_id'])
    .execute();
  await forbidLogChanges(db, kind);

  await db.schema
    .createTable('sync_sequences')
    .addColumn('org_id', 'text', (c) => c.primaryKey())
    .addColumn('last_seq', seqType, (c) => c.notNull())
    .execute();

  await sql`insert into server_meta (key, value) values ('epoch', ${randomUUID()})`.execute(db);
}

/** Like the audit log, the change log refuses UPDATE and DELETE in the database itself. */
async function forbidLogChanges(db: Kysely<unknown>, kind: StorageKind): Promise<void> {
  if (kind === 'postgres') {
    await sql`
      create function sync_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'sync_log is append-only: % is not allowed', tg_op;
      end;
      $$`.execute(db);
    await sql`
      create trigger sync_log_no_change before update or delete on sync_log
      for each row execute function sync_log_append_only()`.execute(db);
    await sql`
      create trigger sync_log_no_truncate before truncate on sync_log
      for each statement execute function sync_log_append_only()`.execute(db);
    return;
  }
  await sql`
    create trigger sync_log_no_update before update on sync_log
    begin select raise(abort, 'sync_log is append-only: UPDATE is not allowed'); end`.execute(db);
  await sql`
    create trigger sync_log_no_delete before delete on sync_log
    begin select raise(abort, 'sync_log is append-only: DELETE is not allowed'); end`.execute(db);
}

async function down(db: Kysely<unknown>, kind: StorageKind): Promise<void> {
  await sql`delete from server_meta where key = 'epoch'`.execute(db);
  await db.schema.dropTable('sync_sequences').execute();
  await db.schema.dropTable('sync_log').execute();
  if (kind === 'postgres') await sql`drop function sync_log_append_only()`.execute(db);
  await db.schema.dropTable('sync_records').execute();
}
