import { AuditAction, type AdminDevice, type DeviceStatus } from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import {
  findSessionInOrg,
  listSessionsOfOrg,
  revokeSessions,
  type SessionWithUser,
} from '../repositories/session-repository';
import { recordAuditBy } from './audit-service';

function statusOf(session: SessionWithUser, now: Date): DeviceStatus {
  if (session.revoked_at) return 'revoked';
  if (session.ended_at) return 'ended';
  return session.expires_at <= now.toISOString() ? 'expired' : 'active';
}

function toAdminDevice(session: SessionWithUser, now: Date): AdminDevice {
  return {
    sessionId: session.id,
    deviceId: session.device_id,
    deviceName: session.device_name,
    user: {
      id: session.user_id,
      displayName: session.display_name,
      email: session.email,
      role: session.role,
    },
    createdAt: session.created_at,
    lastSeenAt: session.last_seen_at,
    expiresAt: session.expires_at,
    revokedAt: session.revoked_at,
    revokedBy: session.revoked_by,
    endedAt: session.ended_at,
    status: statusOf(session, now),
  };
}

export async function listDevices(ctx: AppContext, auth: AuthContext): Promise<AdminDevice[]> {
  const { db } = ctx.storage;
  const now = ctx.now();
  const sessions = await listSessionsOfOrg(db, auth.user.orgId);
  await recordAuditBy(db, auth, now, {
    action: AuditAction.devicesRead,
    target: { type: 'organisation', id: auth.user.orgId },
    details: { count: sessions.length },
  });
  return sessions.map((s) => toAdminDevice(s, now));
}

/**
 * Revokes a device session of the admin's organisation: at its next contact
 * the device learns `device_revoked` and wipes its data. Revoking twice
 * changes nothing and is logged once.
 */
export async function revokeDevice(
  ctx: AppContext,
  auth: AuthContext,
  sessionId: string,
): Promise<AdminDevice | undefined> {
  const { db } = ctx.storage;
  const session = await findSessionInOrg(db, auth.user.orgId, sessionId);
  if (!session) return undefined;
  const now = ctx.now();
  await db.transaction().execute(async (trx) => {
    const revoked = await revokeSessions(trx, { sessionId }, now.toISOString(), auth.user.id);
    if (revoked.length)
      await recordAuditBy(trx, auth, now, {
        action: AuditAction.deviceRevoked,
        target: { type: 'session', id: sessionId },
        details: { userId: session.user_id, deviceName: session.device_name },
      });
  });
  const after = await findSessionInOrg(db, auth.user.orgId, sessionId);
  return after && toAdminDevice(after, now);
}
