import { sql, type Kysely, type Migration } from 'kysely';
import type { StorageKind } from '../database';

/**
 * Device sessions, case assignments, the audit log and login throttling.
 * One migration for both backends: the schema builder where the two agree,
 * a dialect's own SQL only for the audit log's key and its append-only guard.
 */
export function accountsMigration(kind: StorageKind): Migration {
  return { up: (db) => up(db, kind), down: (db) => down(db, kind) };
}

async function up(db: Kysely<unknown>, kind: StorageKind): Promise<void> {
  await db.schema
    .createTable('device_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('device_name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('device_sessions_org_id')
    .on('device_sessions')
    .column('org_id')
    .execute();
  await db.schema
    .createIndex('device_sessions_user_device')
    .on('device_sessions')
    .columns(['user_id', 'device_id'])
    .execute();

  await db.schema
    .createTable('case_assignments')
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('org_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('case_assignments_pk', ['case_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('case_assignments_org_id')
    .on('case_assignments')
    .column('org_id')
    .execute();
  await db.schema
    .createIndex('case_assignments_user_id')
    .on('case_assignments')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
      kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('org_id', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('session_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_org_seq')
    .on('audit_log')
    .columns(['org_id', 'seq'])
    .execute();
  await forbidAuditChanges(db, kind);

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reset_at', 'text', (c) => c.notNull())
    .execute();
}

/**
 * The audit log is append-only, and the database itself holds to it, so that
 * neither a bug nor a careless script can rewrite history: UPDATE and DELETE
 * (and on PostgreSQL TRUNCATE) abort.
 */
async function forbidAuditChanges(db: Kysely<unknown>, kind: StorageKind): Promise<void> {
  if (kind === 'postgres') {
    await sql`
      create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log is append-only: % is not allowed', tg_op;
      end;
      $$`.execute(db);
    await sql`
      create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`
      create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
    return;
  }
  await sql`
    create trigger audit_log_no_update before update on audit_log
    begin select raise(abort, 'audit_log is append-only: UPDATE is not allowed'); end`.execute(db);
  await sql`
    create trigger audit_log_no_delete before delete on audit_log
    begin select raise(abort, 'audit_log is append-only: DELETE is not allowed'); end`.execute(db);
}

async function down(db: Kysely<unknown>, kind: StorageKind): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  await db.schema.dropTable('audit_log').execute();
  if (kind === 'postgres') await sql`drop function audit_log_append_only()`.execute(db);
  await db.schema.dropTable('case_assignments').execute();
  await db.schema.dropTable('device_sessions').execute();
}
