import compression from 'compression';
import express from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { createHlcClock, createNodeId, DEFAULT_MAX_DRIFT_MS, Role } from '../src/core/index';
import type { AppContext } from './app-context';
import { authenticate } from './auth/authenticate';
import { DEFAULT_LOGIN_RATE_LIMIT, type LoginRateLimit } from './auth/login-rate-limit';
import { DEFAULT_PASSWORD_COST, type PasswordCost } from './auth/password';
import { requireRole } from './auth/policy';
import type { Storage } from './db/database';
import { corsAllowList } from './http/cors-allow-list';
import { errorHandler } from './http/error-handler';
import { notFound } from './http/not-found';
import { securityHeaders } from './http/security-headers';
import { staticApp } from './http/static-app';
import { adminRouter } from './routes/admin-router';
import { authRouter } from './routes/auth-router';
import { healthRouter } from './routes/health-router';
import { meRouter } from './routes/me-router';
import { clientDataRouter } from './routes/client-data-router';
import { syncRouter } from './routes/sync-router';
import { createSyncSocket } from './routes/sync-socket';

export const DEFAULT_SESSION_DAYS = 30;

export interface AppOptions {
  storage: Storage;
  logger: Logger;
  bodyLimit?: string;
  /** The built PWA; left out, the server answers the API only. */
  staticDir?: string;
  /** scrypt cost for new passwords; tests pass a cheap one. */
  passwordCost?: PasswordCost;
  /** A device session ends after this many days without contact. */
  sessionDays?: number;
  /** Origins allowed to call the API cross-site; none by default. */
  corsOrigins?: readonly string[];
  loginRateLimit?: LoginRateLimit;
  /** Express's `trust proxy`, when a load balancer stands in front. */
  trustProxy?: number | string;
  /** The server's clock; tests pass their own. */
  now?: () => Date;
  /** Pushed stamps further ahead of the server's clock than this are refused (default 5 minutes). */
  maxClockAheadMs?: number;
  /** Body limit of a sync request in bytes, over HTTP and the socket: up to MAX_PUSH_CHANGES records. */
  syncBodyLimit?: number;
  /** Closed cases are erased this many days after closing (default about three years). */
  retentionDays?: number;
}

export const DEFAULT_RETENTION_DAYS = 1095;

export const SYNC_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/** Builds the Express app without listening, so tests can drive it with supertest. */
export function createApp({
  storage,
  logger,
  bodyLimit = '1mb',
  staticDir,
  passwordCost = DEFAULT_PASSWORD_COST,
  sessionDays = DEFAULT_SESSION_DAYS,
  corsOrigins = [],
  loginRateLimit = DEFAULT_LOGIN_RATE_LIMIT,
  trustProxy,
  now = () => new Date(),
  maxClockAheadMs = DEFAULT_MAX_DRIFT_MS,
  syncBodyLimit = SYNC_BODY_LIMIT_BYTES,
  retentionDays = DEFAULT_RETENTION_DAYS,
}: AppOptions) {
  const hlc = createHlcClock({
    node: createNodeId(),
    now: () => now().getTime(),
    maxDriftMs: maxClockAheadMs,
  });
  const ctx: AppContext = {
    storage,
    logger,
    now,
    passwordCost,
    sessionDays,
    hlc,
    maxClockAheadMs,
    retentionDays,
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  app.use(securityHeaders());
  app.use(corsAllowList(corsOrigins));

  const api = express.Router();
  api.use(pinoHttp({ logger, quietReqLogger: true }));
  // Sync answers are large and repetitive JSON: gzip takes a first sync to a fraction.
  api.use(compression({ threshold: 1024 }));
  // Before the general body parser, which would otherwise read the sync body with its smaller limit.
  api.use('/v1', syncRouter(ctx, syncBodyLimit));
  api.use(express.json({ limit: bodyLimit, strict: true }));
  api.use(healthRouter(storage));
  api.use('/v1', authRouter(ctx, loginRateLimit));
  api.use('/v1', meRouter(ctx));
  api.use('/v1', clientDataRouter(ctx));
  // Every admin route, including ones added later, sits behind these two guards.
  api.use('/v1/admin', authenticate(ctx), requireRole(Role.admin), adminRouter(ctx));
  api.use(notFound);

  app.use('/api', api);
  const pwa = staticDir ? staticApp(staticDir) : undefined;
  if (pwa) app.use(pwa);
  app.use(notFound);
  app.use(errorHandler(logger));
  const syncSocket = createSyncSocket(ctx, {
    maxMessageBytes: syncBodyLimit,
    allowedOrigins: corsOrigins,
  });
  return Object.assign(app, { context: ctx, syncSocket });
}
