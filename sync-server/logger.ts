import { pino, type Logger } from 'pino';

/** Structured JSON logs on stdout, one line per event. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'lotse-sync-server' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password'],
  });
}
