import type { RequestHandler } from 'express';
import { ErrorCode } from '../../src/core/index';
import type { AppContext } from '../app-context';
import { sendError } from '../http/send-error';
import { checkSession } from '../services/session-check';
import { setAuth } from './auth-context';

const TOKEN = '[A-Za-z0-9_-]{16,128}';
const BEARER = new RegExp(`^Bearer (${TOKEN})$`);
const BARE_TOKEN = new RegExp(`^${TOKEN}$`);

/** Whether `token` has the shape of a session token (checkSession is still needed). */
export function isTokenShaped(token: string): boolean {
  return BARE_TOKEN.test(token);
}

/** Why a request without a live session is refused, for each of the three reasons. */
export const AUTH_FAILURE_MESSAGES = {
  [ErrorCode.unauthenticated]:
    'Sign in first: send the token from the login answer as "Authorization: Bearer <token>".',
  [ErrorCode.sessionExpired]:
    'The session of this device has expired. Sign in again while online; the data on the device stays.',
  [ErrorCode.deviceRevoked]:
    'An administrator has revoked this device. It must delete all Lotse data it keeps; sign in again to start afresh.',
} as const;

/**
 * Lets a request through only with a live device session, and attaches the
 * caller for `authOf(req)`. Answers are never cached: everything behind this
 * middleware is personal data.
 */
export function authenticate(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
    const check = token ? await checkSession(ctx, token) : undefined;
    if (!check?.ok) {
      const code = check?.code ?? ErrorCode.unauthenticated;
      res.set('WWW-Authenticate', `Bearer realm="lotse", error="invalid_token"`);
      return sendError(res, 401, code, AUTH_FAILURE_MESSAGES[code]);
    }
    setAuth(req, check.auth);
    next();
  };
}
