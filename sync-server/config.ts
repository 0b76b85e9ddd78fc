import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'yes'].includes(value));

/** A comma-separated list of origins such as `https://lotse.kreis.example`; empty means none. */
const originList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().refine((origin) => URL.canParse(origin) && new URL(origin).origin === origin, {
        message: 'each entry must be an origin like https://lotse.example.org (no path, no slash)',
      }),
    ),
  );

/** `TRUST_PROXY`: how many proxies stand in front (a number), or Express's names such as `loopback`. */
const trustProxy = z
  .string()
  .min(1)
  .transform((value) => (/^\d+$/.test(value) ? Number(value) : value));

/** Server settings, read once from the environment and checked before anything starts. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('data'),
  DATABASE_URL: z.url().optional(),
  STATIC_DIR: z.string().min(1).default('dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/i, 'e.g. 512kb or 2mb')
    .default('1mb'),
  DEMO: booleanFlag.default(true),
  /** Synthetic clients the demo organisation starts with (assigned to the demo manager). */
  DEMO_CLIENTS: z.coerce.number().int().min(0).max(10_000).default(150),
  /** Pushed changes stamped further ahead of the server's clock are refused. */
  CLOCK_MARGIN_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(5),
  /** Closed cases are erased this many days after their closing day (GDPR storage limitation). */
  RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(1095),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  CORS_ORIGINS: originList.default([]),
  TRUST_PROXY: trustProxy.optional(),
});

export interface ServerConfig {
  port: number;
  host: string;
  /** SQLite file, used when no PostgreSQL URL is given. */
  sqlitePath: string;
  databaseUrl?: string;
  staticDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  bodyLimit: string;
  demo: boolean;
  demoClients?: number;
  clockMarginMinutes?: number;
  retentionDays?: number;
  // The settings below are optional so that a hand-made config (tests) may leave them out;
  // readConfig always fills them.
  /** A device session ends after this many days without contact (default 30). */
  sessionDays?: number;
  /** Origins allowed to call the API from another site; none by default. */
  corsOrigins?: string[];
  /** Express's `trust proxy` setting, when a load balancer stands in front. */
  trustProxy?: number | string;
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] };

export function readConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      sqlitePath: path.resolve(e.DATA_DIR, 'lotse.sqlite'),
      databaseUrl: e.DATABASE_URL,
      staticDir: path.resolve(e.STATIC_DIR),
      logLevel: e.LOG_LEVEL,
      bodyLimit: e.BODY_LIMIT,
      demo: e.DEMO,
      demoClients: e.DEMO_CLIENTS,
      clockMarginMinutes: e.CLOCK_MARGIN_MINUTES,
      retentionDays: e.RETENTION_DAYS,
      sessionDays: e.SESSION_DAYS,
      corsOrigins: e.CORS_ORIGINS,
      trustProxy: e.TRUST_PROXY,
    },
  };
}
