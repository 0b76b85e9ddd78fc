import type { Insertable, Kysely } from 'kysely';
import type { AuditLogTable, ServerDatabase } from '../db/schema';

export async function appendAuditRow(
  db: Kysely<ServerDatabase>,
  row: Insertable<AuditLogTable>,
): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

/** One organisation's entries, newest first, older than `before` when given. */
export async function listAuditRows(
  db: Kysely<ServerDatabase>,
  orgId: string,
  page: { before?: number; limit: number },
) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .selectAll('audit_log')
    .select('users.display_name as actor_name')
    .where('audit_log.org_id', '=', orgId);
  if (page.before !== undefined) query = query.where('audit_log.seq', '<', page.before);
  const rows = await query.orderBy('audit_log.seq', 'desc').limit(page.limit).execute();
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}
