import type { RequestHandler, Response } from 'express';
import type { Kysely } from 'kysely';
import { ErrorCode, Role } from '../../src/core/index';
import type { ServerDatabase } from '../db/schema';
import { sendError } from '../http/send-error';
import { listAssignmentsOfCase } from '../repositories/assignment-repository';
import { authOf, type AuthContext } from './auth-context';

/**
 * Who may do what (DESIGN.md, Security):
 * - a manager reads and writes only the cases assigned to them;
 * - a supervisor reads every case of their organisation, and writes only
 *   those assigned to them;
 * - an admin administers the organisation's users, devices and assignments
 *   and reads no case data;
 * - nobody ever sees another organisation: its ids answer 404, exactly like
 *   ids that do not exist, so an answer never hints that they do.
 */
export type Access = 'granted' | 'forbidden' | 'not_found';

/** An endpoint guard: the caller's role must be one of these, or 403. Use after `authenticate`. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (req, res, next) => {
    if (roles.includes(authOf(req).user.role)) return next();
    sendError(res, 403, ErrorCode.forbidden, 'Your role does not allow this.');
  };
}

/** What the policy needs to know about a case: its organisation and who is assigned to it. */
export interface CaseFacts {
  orgId: string;
  assignedUserIds: readonly string[];
}

/** The rules above for one case, as a pure function. `facts` is undefined for an unknown case. */
export function decideCaseAccess(
  auth: AuthContext,
  facts: CaseFacts | undefined,
  mode: 'read' | 'write',
): Access {
  if (!facts || facts.orgId !== auth.user.orgId) return 'not_found';
  const assigned = facts.assignedUserIds.includes(auth.user.id);
  switch (auth.user.role) {
    case Role.manager:
      return assigned ? 'granted' : 'forbidden';
    case Role.supervisor:
      return mode === 'read' || assigned ? 'granted' : 'forbidden';
    case Role.admin:
      return 'forbidden';
  }
}

/**
 * The case's organisation and assignees, as seen from `orgId`: a case file
 * stored there belongs to it; a case known only by assignments (assigned
 * before its first sync) belongs to the organisation of those.
 */
export async function loadCaseFacts(
  db: Kysely<ServerDatabase>,
  orgId: string,
  caseId: string,
): Promise<CaseFacts | undefined> {
  const rows = await listAssignmentsOfCase(db, caseId);
  const record = await db
    .selectFrom('sync_records')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', '=', caseId)
    .where('tbl', '=', 'caseFiles')
    .executeTakeFirst();
  const owner = record ? orgId : rows[0]?.org_id;
  if (!owner) return undefined;
  const assigned = rows.filter((r) => r.org_id === owner).map((r) => r.user_id);
  return { orgId: owner, assignedUserIds: assigned };
}

export async function canReadCase(
  db: Kysely<ServerDatabase>,
  auth: AuthContext,
  caseId: string,
): Promise<Access> {
  return decideCaseAccess(auth, await loadCaseFacts(db, auth.user.orgId, caseId), 'read');
}

export async function canWriteCase(
  db: Kysely<ServerDatabase>,
  auth: AuthContext,
  caseId: string,
): Promise<Access> {
  return decideCaseAccess(auth, await loadCaseFacts(db, auth.user.orgId, caseId), 'write');
}

/** Answers a refused access: 403, or the same 404 an unknown id gets. */
export function sendAccessDenied(res: Response, access: Exclude<Access, 'granted'>, what: string) {
  if (access === 'forbidden')
    return sendError(res, 403, ErrorCode.forbidden, 'Your role does not allow this.');
  sendNoSuch(res, what);
}

/** The one answer for an id that does not exist or belongs to another organisation. */
export function sendNoSuch(res: Response, what: string): void {
  sendError(res, 404, ErrorCode.notFound, `There is no such ${what} in your organisation.`);
}
