import express from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Storage } from './db/database';
import { errorHandler } from './http/error-handler';
import { notFound } from './http/not-found';
import { staticApp } from './http/static-app';
import { authRouter } from './routes/auth-router';
import { demoRouter } from './routes/demo-router';
import { healthRouter } from './routes/health-router';

export interface AppOptions {
  storage: Storage;
  logger: Logger;
  bodyLimit?: string;
  /** The built PWA; left out, the server answers the API only. */
  staticDir?: string;
  /** Serve the demo organisation's synthetic records. */
  demo?: boolean;
}

/** Builds the Express app without listening, so tests can drive it with supertest. */
export function createApp({
  storage,
  logger,
  bodyLimit = '1mb',
  staticDir,
  demo = false,
}: AppOptions) {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');

  const api = express.Router();
  api.use(pinoHttp({ logger, quietReqLogger: true }));
  api.use(express.json({ limit: bodyLimit, strict: true }));
  api.use(healthRouter(storage));
  api.use('/v1', authRouter(storage));
  if (demo) api.use('/v1', demoRouter());
  api.use(notFound);

  app.use('/api', api);
  const pwa = staticDir ? staticApp(staticDir) : undefined;
  if (pwa) app.use(pwa);
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
