import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Logger } from 'pino';
import { ErrorCode } from '../../src/core/index';
import type { AppContext } from '../app-context';
import { sendError } from '../http/send-error';
import { DatabaseRateLimitStore } from './database-rate-limit-store';

export interface LoginRateLimit {
  windowMs: number;
  /** Failed logins allowed per client IP address in a window. */
  perIp: number;
  /** Failed logins allowed per e-mail address in a window. */
  perEmail: number;
}

/**
 * 10 failed attempts per e-mail address per 15 minutes stops guessing one
 * password; 20 per IP address stops trying one password on many accounts,
 * while an office behind one address still has room for typing mistakes.
 */
export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = {
  windowMs: 15 * 60 * 1000,
  perIp: 20,
  perEmail: 10,
};

/**
 * Two limiters for `POST /auth/login`: per IP (before the body is checked)
 * and per e-mail address (after). Only failed logins (401) count; once a
 * limit is reached every attempt, even with the right password, gets 429
 * `too_many_attempts` with `Retry-After` until the window ends.
 */
export function loginRateLimiters(
  ctx: AppContext,
  limits: LoginRateLimit,
): { perIp: RequestHandler; perEmail: RequestHandler } {
  const common = {
    windowMs: limits.windowMs,
    standardHeaders: 'draft-7' as const,
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req: unknown, res: { statusCode: number }) => res.statusCode !== 401,
    logger: rateLimitLogger(ctx.logger),
    handler: tooManyAttempts(ctx.logger),
  };
  return {
    perIp: rateLimit({
      ...common,
      limit: limits.perIp,
      store: new DatabaseRateLimitStore(ctx.storage.db, 'login-ip:', ctx.now),
    }),
    perEmail: rateLimit({
      ...common,
      limit: limits.perEmail,
      store: new DatabaseRateLimitStore(ctx.storage.db, 'login-email:', ctx.now),
      // Runs after validateBody, so the body is a checked login request.
      keyGenerator: (req) => String((req.body as { email: string }).email).toLowerCase(),
    }),
  };
}

function tooManyAttempts(logger: Logger): RequestHandler {
  return (req, res) => {
    const seconds = Number(res.getHeader('Retry-After')) || 60;
    logger.warn({ url: req.originalUrl }, 'login throttled');
    sendError(
      res,
      429,
      ErrorCode.tooManyAttempts,
      `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`,
    );
  };
}

function rateLimitLogger(logger: Logger) {
  return {
    error: (error: unknown, message?: string) =>
      logger.error({ err: error }, message ?? 'rate limit'),
    warn: (error: unknown, message?: string) =>
      logger.warn({ err: error }, message ?? 'rate limit'),
  };
}
