import {
  AuditAction,
  createId,
  type LoginRequest,
  type LoginResponse,
  type SessionInfo,
  type SessionUser,
} from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import { hashPassword, verifyPassword, type PasswordCost } from '../auth/password';
import { createSessionToken, hashSessionToken } from '../auth/session-token';
import { findUserByEmail, type UserRow } from '../repositories/user-repository';
import {
  endSession,
  endSessionsOfDevice,
  insertSession,
  type SessionRow,
} from '../repositories/session-repository';
import { recordAudit, recordAuditBy } from './audit-service';

const DAY_MS = 24 * 60 * 60 * 1000;

// Checked against when the e-mail is unknown, so that a wrong address costs as long as a wrong password
// and the answer time does not tell which accounts exist. Made once per cost, with that cost.
const dummyHashes = new Map<string, Promise<string>>();
function dummyHash(cost: PasswordCost): Promise<string> {
  const key = `${cost.N}/${cost.r}/${cost.p}`;
  let hash = dummyHashes.get(key);
  if (!hash) dummyHashes.set(key, (hash = hashPassword('no account has this password', cost)));
  return hash;
}

export function sessionExpiry(ctx: AppContext, from: Date): string {
  return new Date(from.getTime() + ctx.sessionDays * DAY_MS).toISOString();
}

export function toSessionUser(user: UserRow): SessionUser {
  return {
    id: user.id,
    orgId: user.org_id,
    displayName: user.display_name,
    email: user.email,
    role: user.role,
  };
}

export function toSessionInfo(session: SessionRow): SessionInfo {
  return {
    id: session.id,
    deviceId: session.device_id,
    deviceName: session.device_name,
    createdAt: session.created_at,
    expiresAt: session.expires_at,
    lastSeenAt: session.last_seen_at,
  };
}

/**
 * Checks the credentials and opens a device session. Both outcomes go to the
 * audit log (without the password); a failure answers `undefined` whatever
 * went wrong, so the caller cannot tell an unknown address from a wrong
 * password or a disabled account.
 */
export async function logIn(
  ctx: AppContext,
  request: LoginRequest,
  ip: string | undefined,
): Promise<LoginResponse | undefined> {
  const { db } = ctx.storage;
  const user = await findUserByEmail(db, request.email);
  const matches = await verifyPassword(
    request.password,
    user?.password_hash ?? (await dummyHash(ctx.passwordCost)),
  );
  const now = ctx.now();
  const device = { deviceId: request.deviceId, deviceName: request.deviceName, ip: ip ?? null };

  if (!user || !matches || user.disabled_at) {
    await recordAudit(db, {
      action: AuditAction.loginFailed,
      at: now,
      orgId: user?.org_id ?? null,
      actorId: null,
      target: { type: 'user', id: user?.id ?? null },
      details: {
        email: request.email.toLowerCase(),
        reason: !user ? 'unknown_email' : !matches ? 'wrong_password' : 'disabled',
        ...device,
      },
    });
    return undefined;
  }

  const token = createSessionToken();
  const session: SessionRow = {
    id: createId(now.getTime()),
    user_id: user.id,
    org_id: user.org_id,
    device_id: request.deviceId,
    device_name: request.deviceName,
    token_hash: hashSessionToken(token),
    created_at: now.toISOString(),
    expires_at: sessionExpiry(ctx, now),
    last_seen_at: now.toISOString(),
    revoked_at: null,
    revoked_by: null,
    ended_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await endSessionsOfDevice(trx, user.id, request.deviceId, session.created_at);
    await insertSession(trx, session);
    await recordAudit(trx, {
      action: AuditAction.loginSucceeded,
      at: now,
      orgId: user.org_id,
      actorId: user.id,
      sessionId: session.id,
      target: { type: 'session', id: session.id },
      details: device,
    });
  });
  return { token, session: toSessionInfo(session), user: toSessionUser(user) };
}

/** Ends the caller's session; the token stops working at once. */
export async function logOut(ctx: AppContext, auth: AuthContext): Promise<void> {
  const now = ctx.now();
  await ctx.storage.db.transaction().execute(async (trx) => {
    await endSession(trx, auth.session.id, now.toISOString());
    await recordAuditBy(trx, auth, now, {
      action: AuditAction.logout,
      target: { type: 'session', id: auth.session.id },
    });
  });
}
