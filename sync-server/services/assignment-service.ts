import {
  AuditAction,
  ErrorCode,
  Role,
  type AssignmentsQuery,
  type CaseAssignment,
  type PutAssignmentRequest,
} from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import { loadCaseFacts } from '../auth/policy';
import {
  deleteAssignment,
  insertAssignment,
  listAssignmentsOfOrg,
  type AssignmentRow,
} from '../repositories/assignment-repository';
import { findUserInOrg } from '../repositories/user-repository';
import { revokeScope, touchScope } from '../sync/scope-events';
import { recordAuditBy } from './audit-service';

/** Roles that work on cases: a supervisor may be assigned too, which lets them write. */
const ASSIGNABLE_ROLES: readonly Role[] = [Role.manager, Role.supervisor];

function toAssignment(row: AssignmentRow): CaseAssignment {
  return {
    caseId: row.case_id,
    userId: row.user_id,
    assignedAt: row.assigned_at,
    assignedBy: row.assigned_by,
  };
}

export async function listAssignments(
  ctx: AppContext,
  auth: AuthContext,
  query: AssignmentsQuery,
): Promise<CaseAssignment[]> {
  const { db } = ctx.storage;
  const rows = await listAssignmentsOfOrg(db, auth.user.orgId, query);
  await recordAuditBy(db, auth, ctx.now(), {
    action: AuditAction.assignmentsRead,
    target: { type: 'organisation', id: auth.user.orgId },
    details: { ...query, count: rows.length },
  });
  return rows.map(toAssignment);
}

export type AssignmentChange =
  | { ok: true; assignments: CaseAssignment[] }
  | { ok: false; code: typeof ErrorCode.notFound | typeof ErrorCode.notAssignable; what: string };

/**
 * Assigns a case to a user of the admin's organisation, or takes it away.
 * A user or a case of another organisation answers exactly as an unknown one.
 */
export async function putAssignment(
  ctx: AppContext,
  auth: AuthContext,
  request: PutAssignmentRequest,
): Promise<AssignmentChange> {
  const { db } = ctx.storage;
  const orgId = auth.user.orgId;
  const user = await findUserInOrg(db, orgId, request.userId);
  if (!user) return { ok: false, code: ErrorCode.notFound, what: 'user' };
  const facts = await loadCaseFacts(db, orgId, request.caseId);
  if (facts && facts.orgId !== orgId) return { ok: false, code: ErrorCode.notFound, what: 'case' };
  if (request.assigned && (!ASSIGNABLE_ROLES.includes(user.role) || user.disabled_at))
    return { ok: false, code: ErrorCode.notAssignable, what: 'user' };

  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    const changed = request.assigned
      ? await insertAssignment(trx, {
          case_id: request.caseId,
          user_id: user.id,
          org_id: orgId,
          assigned_at: now.toISOString(),
          assigned_by: auth.user.id,
        })
      : await deleteAssignment(trx, orgId, request.caseId, user.id);
    if (!changed) return;
    const event = {
      db: trx,
      kind: ctx.storage.kind,
      orgId,
      scope: request.caseId,
      actorId: auth.user.id,
      now,
    };
    if (request.assigned) await touchScope(event);
    else await revokeScope({ ...event, userId: user.id });
    await recordAuditBy(trx, auth, now, {
      action: request.assigned ? AuditAction.caseAssigned : AuditAction.caseUnassigned,
      target: { type: 'case', id: request.caseId },
      details: { userId: user.id },
    });
  });
  const rows = await listAssignmentsOfOrg(db, orgId, { caseId: request.caseId });
  return { ok: true, assignments: rows.map(toAssignment) };
}
