import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((value) => ['1', 'true', 'yes'].includes(value));

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
    },
  };
}
