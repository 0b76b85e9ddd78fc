import { ErrorCode } from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import { hashSessionToken } from '../auth/session-token';
import { findSessionByTokenHash, touchSession } from '../repositories/session-repository';
import { sessionExpiry, toSessionInfo } from './auth-service';

/** A contact is written down at most this often, so that reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export type SessionCheck =
  | { ok: true; auth: AuthContext }
  | {
      ok: false;
      code:
        | typeof ErrorCode.unauthenticated
        | typeof ErrorCode.sessionExpired
        | typeof ErrorCode.deviceRevoked;
    };

/**
 * Finds the session of a bearer token and decides whether it may go on.
 * Revocation wins over everything else, because it is the one answer that
 * makes the device wipe its data; then logging out; then expiry. Each
 * accepted use slides the expiry forward.
 */
export async function checkSession(ctx: AppContext, token: string): Promise<SessionCheck> {
  const { db } = ctx.storage;
  const session = await findSessionByTokenHash(db, hashSessionToken(token));
  if (!session) return { ok: false, code: ErrorCode.unauthenticated };
  if (session.revoked_at || session.user_disabled_at)
    return { ok: false, code: ErrorCode.deviceRevoked };
  if (session.ended_at) return { ok: false, code: ErrorCode.unauthenticated };
  const now = ctx.now();
  if (session.expires_at <= now.toISOString()) return { ok: false, code: ErrorCode.sessionExpired };

  if (now.getTime() - Date.parse(session.last_seen_at) >= TOUCH_INTERVAL_MS) {
    session.last_seen_at = now.toISOString();
    session.expires_at = sessionExpiry(ctx, now);
    await touchSession(db, session.id, session.last_seen_at, session.expires_at);
  }
  return {
    ok: true,
    auth: {
      user: {
        id: session.user_id,
        orgId: session.org_id,
        displayName: session.display_name,
        email: session.email,
        role: session.role,
      },
      session: toSessionInfo(session),
    },
  };
}
