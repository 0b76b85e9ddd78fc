import type { RequestHandler } from 'express';

/**
 * CORS closed by default: the PWA is served by this server, so it needs none.
 * Only an origin named in `CORS_ORIGINS` gets `Access-Control-Allow-Origin`
 * (its own origin echoed, never `*`), and only it gets a preflight answer.
 * Tokens travel in the Authorization header, not in cookies, so no
 * credentials mode is offered.
 */
export function corsAllowList(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  if (allowed.size === 0) return (_req, _res, next) => next();
  return (req, res, next) => {
    res.vary('Origin');
    const origin = req.get('origin');
    if (!origin || !allowed.has(origin)) return next();
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Expose-Headers', 'Retry-After');
    if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
      res.set('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH');
      res.set('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      res.set('Access-Control-Max-Age', '600');
      return res.status(204).end();
    }
    next();
  };
}
