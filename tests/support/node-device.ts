import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { SYNC_SOCKET_PATH, type SessionUser } from '../../src/core/index';
import { replaceDatabase } from '../../src/db/database';
import { writeSetting, SettingKey } from '../../src/db/local-settings';
import { createDataKey } from '../../src/db/crypto/index';
import type { LotseDatabase } from '../../src/db/lotse-database';
import { encryptedDatabase } from '../../src/db/open-user-database';
import { forgetDeviceNodeId } from '../../src/db/records/device-clock';
import { useSessionStore } from '../../src/sync/session-store';
import type { createApp } from '../../sync-server/server';
import type { TestUser } from '../../sync-server/test-support/test-world';

/**
 * The PWA's real db and sync code in Node, against a real server on a
 * loopback port: several "devices" share this process and take turns, each
 * with its own IndexedDB database (encrypted at rest, as in the app), node id
 * and token.
 */
export interface NodeDevice {
  name: string;
  database: LotseDatabase;
  /** Runs `work` as this device: its database is `db`, its token the session's. */
  use<T>(work: () => Promise<T>): Promise<T>;
}

let baseUrl = '';
const realFetch = globalThis.fetch;

/** Listens on 127.0.0.1 and sends the app's relative `/api/...` requests there. */
export async function serveForDevices(
  app: ReturnType<typeof createApp>,
): Promise<{ close(): Promise<void>; socketUrl: string }> {
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  // The sync socket too; devices in Node reach it only where a test sets a socket factory.
  server.on('upgrade', app.syncSocket.handleUpgrade);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  globalThis.fetch = (input, init) =>
    realFetch(typeof input === 'string' && input.startsWith('/') ? baseUrl + input : input, init);
  return {
    socketUrl: `${baseUrl.replace(/^http/, 'ws')}${SYNC_SOCKET_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        globalThis.fetch = realFetch;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the app keeps of a test world's user after logging in. */
export function sessionUser(user: TestUser): SessionUser {
  return {
    id: user.id,
    orgId: user.orgId,
    displayName: user.email,
    email: user.email,
    role: user.role,
  };
}

export async function createNodeDevice(
  name: string,
  user: SessionUser,
  token: string,
): Promise<NodeDevice> {
  const database = encryptedDatabase(
    `device-${name}-${Math.random().toString(36).slice(2)}`,
    createDataKey(),
  );
  await database.open();
  const device: NodeDevice = {
    name,
    database,
    async use(work) {
      replaceDatabase(database);
      forgetDeviceNodeId();
      useSessionStore.getState().unlocked(user, token);
      return work();
    },
  };
  await device.use(() => writeSetting(SettingKey.orgId, user.orgId));
  return device;
}
