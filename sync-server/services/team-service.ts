import { AuditAction, type TeamMember } from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import { listTeamOfOrg } from '../repositories/user-repository';
import { recordAuditBy } from './audit-service';

/** A supervisor's view of their organisation: who works there, in which role, with how many cases. */
export async function listTeam(ctx: AppContext, auth: AuthContext): Promise<TeamMember[]> {
  const { db } = ctx.storage;
  const rows = await listTeamOfOrg(db, auth.user.orgId);
  await recordAuditBy(db, auth, ctx.now(), {
    action: AuditAction.teamRead,
    target: { type: 'organisation', id: auth.user.orgId },
    details: { count: rows.length },
  });
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    disabled: row.disabled_at !== null,
    assignedCases: row.assigned_cases,
  }));
}
