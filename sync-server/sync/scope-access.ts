import type { Kysely } from 'kysely';
import { ORG_SCOPE, Role, type PushedChange } from '../../src/core/index';
import type { AuthContext } from '../auth/auth-context';
import type { ServerDatabase } from '../db/schema';
import { loadRecords } from './record-store';

/**
 * What a push may do in one scope:
 * - `granted`: write (the organisation's rows, or a case assigned to the caller);
 * - `new`: the push itself creates this case; the caller gets it assigned;
 * - `erased`: the case was erased, and whatever is written to it is dropped;
 * - `denied`: a case of someone else, of another organisation, or unknown,
 *   all three answered alike so that a refusal hints at nothing.
 */
export type ScopeAccess = 'granted' | 'new' | 'erased' | 'denied';

const WRITING_ROLES: readonly Role[] = [Role.manager, Role.supervisor];

export async function decideScopes(
  db: Kysely<ServerDatabase>,
  auth: AuthContext,
  changes: readonly PushedChange[],
  existingIds: ReadonlySet<string>,
): Promise<Map<string, ScopeAccess>> {
  const decisions = new Map<string, ScopeAccess>();
  const mayWrite = WRITING_ROLES.includes(auth.user.role);
  const caseScopes = [...new Set(changes.map((c) => c.scope))].filter((s) => s !== ORG_SCOPE);
  decisions.set(ORG_SCOPE, mayWrite ? 'granted' : 'denied');
  if (caseScopes.length === 0) return decisions;

  const orgId = auth.user.orgId;
  const caseRecords = await loadRecords(db, orgId, caseScopes);
  const assignments = await db
    .selectFrom('case_assignments')
    .select(['case_id', 'user_id', 'org_id'])
    .where('case_id', 'in', caseScopes)
    .execute();
  const createdHere = new Set(
    changes.filter((c) => c.table === 'caseFiles' && !existingIds.has(c.id)).map((c) => c.id),
  );
  for (const scope of caseScopes) {
    const record = caseRecords.get(scope);
    const assigned = assignments.filter((a) => a.case_id === scope);
    let access: ScopeAccess;
    if (record?.table === 'caseFiles' && record.erased) access = 'erased';
    else if (!mayWrite) access = 'denied';
    else if (assigned.some((a) => a.user_id === auth.user.id && a.org_id === orgId))
      access = record && record.table !== 'caseFiles' ? 'denied' : 'granted';
    else if (!record && assigned.length === 0 && createdHere.has(scope)) access = 'new';
    else access = 'denied';
    decisions.set(scope, access);
  }
  return decisions;
}
