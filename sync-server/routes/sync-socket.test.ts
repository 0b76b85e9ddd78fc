import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ErrorCode,
  SocketCloseCode,
  SYNC_PROTOCOL_VERSION,
  SYNC_SOCKET_PATH,
  syncResponseSchema,
  type PushedChange,
} from '../../src/core/index';
import { createTestDevice, newCaseChanges } from '../test-support/sync-client';
import { createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestWorld } from '../test-support/test-world';

/** A small sync body limit, so that a test can go over it cheaply. */
const SYNC_BODY_LIMIT = 64 * 1024;

interface Answer {
  id: number;
  status: number;
  time: number;
  body: { error?: { code: string; message: string; details?: unknown[] } } & Record<
    string,
    unknown
  >;
}

/** A client of the sync socket: sends messages, reads answers in order, tells how it closed. */
interface TestSocket {
  send(message: unknown, options?: { gzip?: boolean }): void;
  sendRaw(data: string | Buffer): void;
  next(): Promise<Answer>;
  closed: Promise<{ code: number; reason: string }>;
  /** Whether the last answer came gzipped (a binary frame). */
  lastGzipped: () => boolean;
  close(): void;
}

// The transport alone: its backend is what POST /api/v1/sync uses (tested on both there).
describe('sync socket on sqlite', () => {
  let storage: TestStorage;
  let world: TestWorld;
  let server: Server;
  let url: string;
  const sockets: WebSocket[] = [];

  beforeEach(async () => {
    storage = await createTestStorage('sqlite');
    world = await createTestWorld(storage, {
      syncBodyLimit: SYNC_BODY_LIMIT,
      corsOrigins: ['https://lotse.example'],
    });
    server = await new Promise((resolve) => {
      const listening = world.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    server.on('upgrade', world.app.syncSocket.handleUpgrade);
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}${SYNC_SOCKET_PATH}`;
  });
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate();
    world.app.syncSocket.close();
    await new Promise((resolve) => server.close(resolve));
    await storage.dispose();
  });

  async function connect(headers: Record<string, string> = {}, at = url): Promise<TestSocket> {
    const socket = new WebSocket(at, { headers });
    sockets.push(socket);
    const answers: Answer[] = [];
    const readers: ((answer: Answer) => void)[] = [];
    let gzipped = false;
    socket.on('message', (data: Buffer, isBinary) => {
      gzipped = isBinary;
      const answer = JSON.parse((isBinary ? gunzipSync(data) : data).toString('utf8')) as Answer;
      const reader = readers.shift();
      if (reader) reader(answer);
      else answers.push(answer);
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return {
      send: (message, options = {}) => {
        const json = JSON.stringify(message);
        socket.send(options.gzip ? gzipSync(json) : json);
      },
      sendRaw: (data) => socket.send(data),
      next: () =>
        answers.length
          ? Promise.resolve(answers.shift()!)
          : new Promise<Answer>((resolve) => readers.push(resolve)),
      closed,
      lastGzipped: () => gzipped,
      close: () => socket.close(),
    };
  }

  /** The status a refused upgrade answers with. */
  function refusedUpgrade(headers: Record<string, string>, at = url): Promise<number> {
    const socket = new WebSocket(at, { headers });
    return new Promise((resolve, reject) => {
      socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.once('open', () => reject(new Error('the upgrade was accepted')));
      socket.once('error', () => undefined);
    });
  }

  function syncBody(changes: PushedChange[] = []) {
    return { protocol: SYNC_PROTOCOL_VERSION, epoch: null, cursor: null, changes };
  }

  async function counts() {
    const records = await storage.db
      .selectFrom('sync_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(records.n);
  }

  it('carries a push and a pull as POST /api/v1/sync does, each answer with its id', async () => {
    const { token } = await world.openSession(world.orgA.manager);
    const tablet = createTestDevice(world, token);
    const { caseId, changes } = newCaseChanges(tablet.stamp());
    const socket = await connect();
    socket.send({ id: 7, token, request: syncBody(changes) });
    const pushed = await socket.next();
    expect(pushed).toMatchObject({ id: 7, status: 200 });
    expect(syncResponseSchema.parse(pushed.body).accepted).toBe(2);
    expect(Math.abs(pushed.time - Date.now())).toBeLessThan(60_000);

    // The supervisor's pull over the socket has the case; so has one over HTTP.
    const office = await world.openSession(world.orgA.supervisor);
    socket.send({ id: 8, token: office.token, request: syncBody() }, { gzip: true });
    const pulled = await socket.next();
    expect(pulled.id).toBe(8);
    const rows = syncResponseSchema.parse(pulled.body).rows;
    expect(rows.map((r) => r.id).sort()).toEqual(changes.map((c) => c.id).sort());
    const overHttp = await createTestDevice(world, office.token).syncOk();
    expect(overHttp.rows.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(rows.find((r) => r.id === caseId)?.scope).toBe(caseId);
  });

  it('gzips a large answer (a binary frame) and sends a small one as text', async () => {
    const { token } = await world.openSession(world.orgA.manager);
    const tablet = createTestDevice(world, token);
    const socket = await connect();
    const batch = Array.from({ length: 20 }, () => newCaseChanges(tablet.stamp()).changes).flat();
    socket.send({ id: 1, token, request: syncBody(batch) }, { gzip: true });
    expect((await socket.next()).status).toBe(200);
    expect(socket.lastGzipped()).toBe(false); // nothing pulled: a short answer
    socket.send({ id: 2, token, request: syncBody() });
    const pulled = await socket.next();
    expect(syncResponseSchema.parse(pulled.body).rows).toHaveLength(batch.length);
    expect(socket.lastGzipped()).toBe(true);
  });

  it('refuses a missing, expired or revoked session with the same 401 answers as HTTP', async () => {
    const socket = await connect();
    const expired = await world.openSession(world.orgA.manager, { expired: true });
    const revoked = await world.openSession(world.orgA.manager, { revoked: true });
    const tokens = ['not a token', 'A'.repeat(43), expired.token, revoked.token];
    for (const [i, token] of tokens.entries()) socket.send({ id: i, token, request: syncBody() });
    const answers = await Promise.all(tokens.map(() => socket.next()));
    expect(answers.map((a) => [a.id, a.status, a.body.error?.code])).toEqual([
      [0, 401, ErrorCode.unauthenticated],
      [1, 401, ErrorCode.unauthenticated],
      [2, 401, ErrorCode.sessionExpired],
      [3, 401, ErrorCode.deviceRevoked],
    ]);
    const overHttp = await createTestDevice(world, revoked.token).sync();
    expect(answers[3]!.body).toEqual(overHttp.body);
    // Where the token goes is the socket's own: in the message, not in a header.
    expect(answers[0]!.body.error?.message).toContain('"token"');
  });

  it('answers a request of the wrong shape and a refused push as HTTP does, and stores nothing', async () => {
    const { token } = await world.openSession(world.orgA.manager);
    const tablet = createTestDevice(world, token);
    await tablet.syncOk(newCaseChanges(tablet.stamp()).changes);
    const before = await counts();
    const socket = await connect();
    const wrong = { ...syncBody(), protocol: 99, extra: true };
    socket.send({ id: 1, token, request: wrong });
    const invalid = await socket.next();
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual((await tablet.sync([], wrong as object)).body);

    // A case of another manager's: refused whole, with the reason per change.
    const other = await world.openSession(world.orgB.manager);
    const foreign = createTestDevice(world, other.token);
    const theirs = newCaseChanges(foreign.stamp());
    await foreign.syncOk(theirs.changes);
    const before2 = await counts();
    const intrusion: PushedChange[] = [
      { ...theirs.changes[0]!, fields: { status: 'closed' }, stamp: tablet.stamp() },
    ];
    socket.send({ id: 2, token, request: syncBody(intrusion) });
    const refused = await socket.next();
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.body).toEqual((await tablet.sync(intrusion)).body);
    expect(await counts()).toBe(before2);
    expect(before2).toBe(before + theirs.changes.length);
  });

  it('closes a socket whose message cannot be read, or is too large once inflated', async () => {
    const notJson = await connect();
    notJson.sendRaw('{"id": 1, "token":');
    expect((await notJson.closed).code).toBe(SocketCloseCode.unreadable);

    const noId = await connect();
    noId.send({ token: 'x', request: syncBody() });
    expect((await noId.closed).code).toBe(SocketCloseCode.unreadable);

    const notGzip = await connect();
    notGzip.sendRaw(Buffer.from('plain bytes in a binary frame'));
    expect((await notGzip.closed).code).toBe(SocketCloseCode.unreadable);

    // A gzip bomb: small on the wire, over the limit once inflated.
    const { token } = await world.openSession(world.orgA.manager);
    const bomb = await connect();
    const huge = JSON.stringify({
      id: 1,
      token,
      request: { note: 'x'.repeat(SYNC_BODY_LIMIT * 4) },
    });
    bomb.sendRaw(gzipSync(huge));
    expect((await bomb.closed).code).toBe(SocketCloseCode.tooLarge);

    const large = await connect();
    large.sendRaw('x'.repeat(SYNC_BODY_LIMIT + 1));
    expect((await large.closed).code).toBe(SocketCloseCode.tooLarge);
  });

  it('closes a socket that has more requests waiting than a device sends', async () => {
    const { token } = await world.openSession(world.orgA.manager);
    const socket = await connect();
    for (let id = 0; id < 12; id++) socket.send({ id, token, request: syncBody() });
    expect((await socket.closed).code).toBe(SocketCloseCode.tooManyWaiting);
  });

  it('lets pages of its own origin and of allowed ones open it, and no one else', async () => {
    const host = new URL(url).host;
    await expect(connect({ Origin: `http://${host}` })).resolves.toBeDefined();
    await expect(connect({ Origin: 'https://lotse.example' })).resolves.toBeDefined();
    await expect(connect()).resolves.toBeDefined(); // not a browser: the token decides
    expect(await refusedUpgrade({ Origin: 'https://evil.example' })).toBe(403);
    expect(await refusedUpgrade({}, url.replace(SYNC_SOCKET_PATH, '/api/v1/other'))).toBe(404);
  });

  it('says goodbye to open sockets when the server shuts down', async () => {
    const socket = await connect();
    world.app.syncSocket.close();
    expect((await socket.closed).code).toBe(SocketCloseCode.goingAway);
  });
});
