import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { PasswordCost } from './auth/password';
import type { ServerConfig } from './config';
import { openStorage, type Storage } from './db/database';
import { migrateToLatest } from './db/migrate';
import { createHlcClock, createNodeId } from '../src/core/index';
import { seedDemo } from './demo/seed-demo';
import { seedDemoRecords } from './demo/seed-demo-records';
import { startDailyRetention } from './services/daily-retention';
import { createApp } from './server';

export interface RunningServer {
  url: string;
  storage: Storage;
  demoCreated: boolean;
  close(): Promise<void>;
}

export interface StartOptions {
  /** scrypt cost for new passwords (and the demo accounts); tests pass a cheap one. */
  passwordCost?: PasswordCost;
}

/** Opens storage, migrates, seeds the demo if asked, and listens. */
export async function startServer(
  config: ServerConfig,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningServer> {
  const storage = openStorage(
    config.databaseUrl
      ? { kind: 'postgres', url: config.databaseUrl }
      : { kind: 'sqlite', file: config.sqlitePath },
  );
  const migrated = await migrateToLatest(storage);
  if (!migrated.ok) {
    await storage.db.destroy();
    throw new Error('Database migration failed', { cause: migrated.error });
  }
  if (migrated.applied.length) logger.info({ applied: migrated.applied }, 'migrations applied');
  const demoCreated = config.demo ? await seedDemo(storage.db, options.passwordCost) : false;
  if (demoCreated) {
    const clock = createHlcClock({ node: createNodeId() });
    const seeded = await seedDemoRecords(storage, config.demoClients ?? 150, clock);
    if (seeded) logger.info({ records: seeded }, 'demo records created');
  }

  const app = createApp({
    storage,
    logger,
    bodyLimit: config.bodyLimit,
    staticDir: config.staticDir,
    passwordCost: options.passwordCost,
    sessionDays: config.sessionDays,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    maxClockAheadMs: (config.clockMarginMinutes ?? 5) * 60_000,
    retentionDays: config.retentionDays,
  });
  const stopRetention = startDailyRetention(app.context, logger);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  server.on('upgrade', app.syncSocket.handleUpgrade);
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;

  return {
    url: `http://${host}:${port}`,
    storage,
    demoCreated,
    async close() {
      stopRetention();
      app.syncSocket.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await storage.db.destroy();
    },
  };
}
