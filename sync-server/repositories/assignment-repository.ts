import type { Kysely, Selectable } from 'kysely';
import type { CaseAssignmentTable, ServerDatabase } from '../db/schema';

export type AssignmentRow = Selectable<CaseAssignmentTable>;

export function listAssignmentsOfOrg(
  db: Kysely<ServerDatabase>,
  orgId: string,
  filter: { caseId?: string; userId?: string } = {},
): Promise<AssignmentRow[]> {
  let query = db.selectFrom('case_assignments').selectAll().where('org_id', '=', orgId);
  if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
  if (filter.userId) query = query.where('user_id', '=', filter.userId);
  return query.orderBy('case_id').orderBy('assigned_at').orderBy('user_id').execute();
}

/** Every assignment of one case, whatever organisation: for policy decisions only. */
export function listAssignmentsOfCase(
  db: Kysely<ServerDatabase>,
  caseId: string,
): Promise<AssignmentRow[]> {
  return db.selectFrom('case_assignments').selectAll().where('case_id', '=', caseId).execute();
}

/** Answers whether the assignment is new. */
export async function insertAssignment(
  db: Kysely<ServerDatabase>,
  row: AssignmentRow,
): Promise<boolean> {
  const inserted = await db
    .insertInto('case_assignments')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).doNothing())
    .returning('case_id')
    .execute();
  return inserted.length > 0;
}

/** Answers whether there was such an assignment. */
export async function deleteAssignment(
  db: Kysely<ServerDatabase>,
  orgId: string,
  caseId: string,
  userId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('case_assignments')
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .returning('case_id')
    .execute();
  return deleted.length > 0;
}
