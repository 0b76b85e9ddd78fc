import type { Request } from 'express';
import type { SessionInfo, SessionUser } from '../../src/core/index';

/** Who is calling: set by `authenticate` on every request that passed it. */
export interface AuthContext {
  user: SessionUser;
  session: SessionInfo;
}

// A WeakMap rather than a property on the request: typed without widening Express's types,
// and gone with the request.
const contexts = new WeakMap<Request, AuthContext>();

export function setAuth(req: Request, auth: AuthContext): void {
  contexts.set(req, auth);
}

/** The caller of a request that passed `authenticate`. Calling it elsewhere is a bug. */
export function authOf(req: Request): AuthContext {
  const auth = contexts.get(req);
  if (!auth) throw new Error(`authOf: ${req.method} ${req.originalUrl} did not pass authenticate`);
  return auth;
}
