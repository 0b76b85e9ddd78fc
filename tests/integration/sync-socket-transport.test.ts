// Before anything that loads Dexie: it looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { SYNC_PROTOCOL_VERSION, SYNC_SOCKET_PATH, type SyncRequest } from '../../src/core/index';
import { db } from '../../src/db/database';
import { openCaseForNewClient } from '../../src/db/commands/open-case-for-new-client';
import { runSync } from '../../src/sync/run-sync';
import { closeSyncSocket, setSocketFactory } from '../../src/sync/sync-socket';
import { syncRequest } from '../../src/sync/sync-transport';
import { loadRecords } from '../../sync-server/sync/record-store';
import { createTestStorage, type TestStorage } from '../../sync-server/test-support/test-storage';
import {
  createTestWorld,
  type TestUser,
  type TestWorld,
} from '../../sync-server/test-support/test-world';
import {
  createNodeDevice,
  serveForDevices,
  sessionUser,
  type NodeDevice,
} from '../support/node-device';

/** How a device's sync went over the wire: sockets opened, and sync requests sent over HTTP. */
interface Wire {
  socketsOpened: number;
  httpSyncs: number;
}

// The transport, not the protocol: the sync endpoint's backends are tested over HTTP.
describe('the device syncing over the sync socket', () => {
  let storage: TestStorage;
  let world: TestWorld;
  let served: Awaited<ReturnType<typeof serveForDevices>>;
  let wire: Wire;
  const opened: WebSocket[] = [];

  beforeEach(async () => {
    storage = await createTestStorage('sqlite');
    world = await createTestWorld(storage, { now: () => new Date() });
    served = await serveForDevices(world.app);
    wire = { socketsOpened: 0, httpSyncs: 0 };
    const fetchToServer = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      if (typeof input === 'string' && input.endsWith('/v1/sync')) wire.httpSyncs++;
      return fetchToServer(input, init);
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    setSocketFactory(null);
    for (const socket of opened.splice(0)) socket.terminate();
    world.app.syncSocket.close();
    await served.close();
    await storage.dispose();
  });

  /** Devices open their sockets with `make` (ws's WebSocket has the browser's API). */
  function socketsBy(make: () => WebSocket) {
    setSocketFactory(() => {
      wire.socketsOpened++;
      const socket = make();
      opened.push(socket);
      return socket as unknown as globalThis.WebSocket;
    });
  }

  async function device(name: string, user: TestUser): Promise<NodeDevice> {
    const { token } = await world.openSession(user, { deviceId: `device-${name}` });
    return createNodeDevice(name, sessionUser(user), token);
  }

  async function newCase(tablet: NodeDevice): Promise<string> {
    return tablet.use(async () => {
      const opened = await openCaseForNewClient(
        { firstName: 'Nour', lastName: 'Beispiel' },
        '2026-03-02',
      );
      if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
      return opened.id.caseId;
    });
  }

  async function storedOnServer(id: string) {
    return (await loadRecords(storage.db, world.orgA.manager.orgId, [id])).get(id);
  }

  /** A device that has had its first sync, which goes over HTTP (a bulk round). */
  async function syncedDevice(name: string, user: TestUser): Promise<NodeDevice> {
    const tablet = await device(name, user);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    return tablet;
  }

  it('pushes and pulls over one socket that stays open, with no HTTP sync request', async () => {
    socketsBy(() => new WebSocket(served.socketUrl));
    const first = await syncedDevice('a', world.orgA.manager);
    const second = await syncedDevice('b', world.orgA.manager);
    // The first syncs go over HTTP; the socket opens at the first one's start, for the syncs after it.
    expect(wire).toEqual({ socketsOpened: 1, httpSyncs: 2 });
    const caseId = await newCase(first);
    expect(await first.use(runSync)).toEqual({ ok: true });
    expect(await first.use(() => db.localOutbox.count())).toBe(0);
    expect(await storedOnServer(caseId)).toBeDefined();
    expect(await second.use(runSync)).toEqual({ ok: true });
    expect(await second.use(() => db.caseFiles.get(caseId))).toMatchObject({ status: 'open' });
    expect(await first.use(runSync)).toEqual({ ok: true });
    expect(wire).toEqual({ socketsOpened: 1, httpSyncs: 2 });
  });

  it('pulls a first sync and the pages after it over HTTP, also with a socket open', async () => {
    socketsBy(() => new WebSocket(served.socketUrl));
    const first = await syncedDevice('a', world.orgA.manager);
    for (let i = 0; i < 3; i++) await newCase(first);
    expect(await first.use(runSync)).toEqual({ ok: true });
    expect(wire).toEqual({ socketsOpened: 1, httpSyncs: 1 });
    const second = await device('b', world.orgA.manager);
    expect(await second.use(() => runSync({ pageSize: 4 }))).toEqual({ ok: true });
    expect(wire.httpSyncs).toBeGreaterThanOrEqual(1 + 3);
    expect(await second.use(() => db.caseFiles.count())).toBe(3);
  });

  it('sends a request again over HTTP when the socket is lost before its answer, and stores it once', async () => {
    // A socket that breaks right after sending: the server may or may not have the request.
    socketsBy(() => {
      const socket = new WebSocket(served.socketUrl);
      const send = socket.send.bind(socket);
      socket.send = ((data: string) => {
        send(data);
        setTimeout(() => socket.terminate(), 0);
      }) as typeof socket.send;
      return socket;
    });
    const tablet = await syncedDevice('a', world.orgA.manager);
    const caseId = await newCase(tablet);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect(wire.socketsOpened).toBe(1);
    expect(wire.httpSyncs).toBeGreaterThanOrEqual(2);
    expect(await tablet.use(() => db.localOutbox.count())).toBe(0);
    const logged = await storage.db
      .selectFrom('sync_log')
      .select('record_id')
      .where('record_id', '=', caseId)
      .execute();
    expect(logged).toHaveLength(1);
  });

  it('syncs over HTTP where no socket opens, and does not try again for a while', async () => {
    socketsBy(() => new WebSocket(served.socketUrl.replace(SYNC_SOCKET_PATH, '/api/v1/nowhere')));
    const tablet = await syncedDevice('a', world.orgA.manager);
    const caseId = await newCase(tablet);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect(await storedOnServer(caseId)).toBeDefined();
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect(wire).toEqual({ socketsOpened: 1, httpSyncs: 3 });
  });

  it('opens another socket when the open one closed between syncs', async () => {
    socketsBy(() => new WebSocket(served.socketUrl));
    const tablet = await syncedDevice('a', world.orgA.manager);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    opened[0]!.terminate();
    await new Promise((resolve) => opened[0]!.once('close', resolve));
    await newCase(tablet);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect(wire).toEqual({ socketsOpened: 2, httpSyncs: 1 });
    closeSyncSocket();
  });

  /** A WebSocket server on another port that takes messages and never answers them. */
  async function silentServer() {
    const silent = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((resolve) => silent.once('listening', resolve));
    return {
      url: `ws://127.0.0.1:${(silent.address() as AddressInfo).port}${SYNC_SOCKET_PATH}`,
      close: async () => {
        for (const client of silent.clients) client.terminate();
        await new Promise((resolve) => silent.close(resolve));
      },
    };
  }

  const emptyPull: SyncRequest = {
    protocol: SYNC_PROTOCOL_VERSION,
    epoch: null,
    cursor: null,
    changes: [],
  };

  it('sends a request over HTTP when the socket falls silent, and opens another socket next time', async () => {
    const silent = await silentServer();
    try {
      socketsBy(() => new WebSocket(silent.url));
      const tablet = await device('a', world.orgA.manager);
      const answer = await tablet.use(() =>
        syncRequest(emptyPull, { timeoutMs: 10_000, bulk: false, socketAnswerMs: 200 }),
      );
      expect(answer.ok).toBe(true);
      expect(wire).toEqual({ socketsOpened: 1, httpSyncs: 1 });
      await tablet.use(() =>
        syncRequest(emptyPull, { timeoutMs: 10_000, bulk: false, socketAnswerMs: 200 }),
      );
      expect(wire).toEqual({ socketsOpened: 2, httpSyncs: 2 });
    } finally {
      await silent.close();
    }
  });

  it('sends nothing while the browser says it is offline, over the socket or HTTP', async () => {
    socketsBy(() => new WebSocket(served.socketUrl));
    const tablet = await syncedDevice('a', world.orgA.manager);
    closeSyncSocket(); // what the browser's 'offline' event does
    const before = { ...wire };
    vi.stubGlobal('navigator', { onLine: false });
    try {
      const answer = await tablet.use(() =>
        syncRequest(emptyPull, { timeoutMs: 10_000, bulk: false }),
      );
      expect(answer).toEqual({ ok: false, failure: { kind: 'offline' } });
      expect(await tablet.use(runSync)).toMatchObject({ ok: false });
      expect(wire).toEqual(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports a round trip that found no answer within its time-out as a time-out, not as success', async () => {
    const silent = await silentServer();
    try {
      socketsBy(() => new WebSocket(silent.url));
      const tablet = await device('a', world.orgA.manager);
      const answer = await tablet.use(() =>
        syncRequest(emptyPull, { timeoutMs: 200, bulk: false }),
      );
      expect(answer).toEqual({ ok: false, failure: { kind: 'timeout' } });
      expect(wire.httpSyncs).toBe(0);
    } finally {
      await silent.close();
    }
  });
});
