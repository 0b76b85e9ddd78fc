import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerConfig } from '../../sync-server/config';
import { startServer, type RunningServer } from '../../sync-server/start-server';
import { silentLogger } from '../../sync-server/test-support/silent-logger';

export const DIST_DIR = path.resolve('dist');

/**
 * The production build served by the real sync server, on a free port of 127.0.0.1, with its own
 * data folder. The demo accounts exist (demo: true), so that a browser can log in as
 * sync-server/demo/demo-accounts.ts's people before it shows anything; their organisation
 * starts without case records unless `demoClients` asks for some.
 */
export async function startLotse(overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(
      'No production build in dist/: run "npm run build" before the end-to-end tests.',
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-e2e-'));
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      sqlitePath: path.join(dataDir, 'lotse.sqlite'),
      staticDir: DIST_DIR,
      logLevel: 'silent',
      bodyLimit: '1mb',
      demo: true,
      demoClients: 0,
      ...overrides,
    },
    silentLogger,
  );
  return {
    ...server,
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
