/**
 * What bench/sync.ts reads from the browser: the bytes and timings of every
 * `POST /api/v1/sync` through the DevTools protocol, the app's own sync marks,
 * the IndexedDB "floors" written with the raw API in the same page, and a CPU
 * profile of a run bucketed by where its time went.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { SYNC_SOCKET_PATH } from '../src/core/index';

const SYNC_PATH = '/api/v1/sync';
/** The app's measure of a sync request over the socket (src/sync/sync-socket.ts). */
const SOCKET_MEASURE = 'lotse:sync-request';
export const WAIT_MS = 60_000;

/**
 * One sync round trip as it went over the wire: an HTTP request, or a
 * message and its answer over the sync socket (the socket's handshake counts
 * to the first exchange over it).
 */
export interface WireExchange {
  /**
   * Request line + headers + body as sent (the body gzipped when the app
   * compressed it); over the socket, the message's frame (header, mask, payload).
   */
  upBytes: number;
  /** The body alone, as sent (over the socket, the frame's payload). */
  upBodyBytes: number;
  /**
   * Response headers + body as received (Chromium's encodedDataLength; the body
   * gzipped); over the socket, the answer's frame.
   */
  downBytes: number;
  /**
   * Request's last byte sent → response headers received (the server's work plus
   * loopback); over the socket, message sent → answer received.
   */
  waitMs: number;
  /** fetch() issued → last byte received; over the socket as waitMs. */
  totalMs: number;
  /** HTTP status; 0 when the request failed (then `error` says why). */
  status: number;
  error?: string;
  /** The response body, decoded (only while `keepBodies`). */
  body?: string;
}

interface PendingExchange {
  sentAt: number;
  headerBytes: number;
  bodyBytes: number;
  /** Request's last byte sent → response headers received. */
  waitMs?: number;
  status?: number;
}

export interface WireWatch {
  /** Keep response bodies (for the floors); costs a CDP call per response. */
  keepBodies: boolean;
  /** The exchanges finished since the last call, in order; waits (bounded) for any in flight. */
  take(): Promise<WireExchange[]>;
}

function base64Length(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** HTTP/1.1 request head as Chromium sent it: request line, headers, blank line. */
function requestHeadBytes(method: string, url: string, headers: Record<string, string>): number {
  const { pathname, search } = new URL(url);
  let head = `${method} ${pathname}${search} HTTP/1.1\r\n`;
  for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
  return Buffer.byteLength(`${head}\r\n`);
}

/** Starts counting the page's sync round trips (needs a Chromium page). */
export async function watchSyncWire(page: Page): Promise<WireWatch> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable', { maxPostDataSize: 64 * 1024 * 1024 });
  const pending = new Map<string, PendingExchange>();
  const done: { requestId: string; exchange: WireExchange }[] = [];
  // Bodies are fetched here, after the run, so that CDP calls do not compete with the sync.
  async function completed({ requestId, exchange }: (typeof done)[number]) {
    if (!requestId) return exchange; // over the socket: complete already
    if (exchange.status !== 0 && exchange.upBodyBytes === 0) {
      // Not in the event (very large bodies): ask for it.
      const sent = await cdp.send('Network.getRequestPostData', { requestId }).catch(() => null);
      const bodyBytes = !sent
        ? 0
        : sent.base64Encoded
          ? base64Length(sent.postData)
          : Buffer.byteLength(sent.postData);
      exchange.upBytes += bodyBytes;
      exchange.upBodyBytes = bodyBytes;
    }
    if (watch.keepBodies && exchange.status !== 0) {
      const answer = await cdp.send('Network.getResponseBody', { requestId });
      exchange.body = answer.base64Encoded
        ? Buffer.from(answer.body, 'base64').toString('utf8')
        : answer.body;
    }
    return exchange;
  }
  const watch: WireWatch = {
    keepBodies: false,
    async take() {
      // loadingFinished may trail the page's own view of the answer by a moment.
      const deadline = Date.now() + 5_000;
      while (pending.size + overSocket.waiting() > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      return Promise.all(done.splice(0).map(completed));
    },
  };
  // The headers actually sent come in an event of their own, before or after requestWillBeSent.
  const sentHeads = new Map<string, number>();
  const others = new Set<string>();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!event.request.url.includes(SYNC_PATH) || event.request.method !== 'POST') {
      sentHeads.delete(event.requestId);
      others.add(event.requestId);
      return;
    }
    const entries = event.request.postDataEntries ?? [];
    const bodyBytes = entries.reduce((sum, e) => sum + (e.bytes ? base64Length(e.bytes) : 0), 0);
    pending.set(event.requestId, {
      sentAt: event.timestamp * 1000,
      headerBytes:
        sentHeads.get(event.requestId) ??
        requestHeadBytes('POST', event.request.url, event.request.headers),
      bodyBytes,
    });
    sentHeads.delete(event.requestId);
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.headers).filter(([name]) => !name.startsWith(':')),
    );
    const bytes = requestHeadBytes('POST', `http://x${SYNC_PATH}`, headers);
    const exchange = pending.get(event.requestId);
    if (exchange) exchange.headerBytes = bytes;
    else if (!others.has(event.requestId)) sentHeads.set(event.requestId, bytes);
  });
  cdp.on('Network.responseReceived', (event) => {
    const exchange = pending.get(event.requestId);
    if (!exchange) return;
    exchange.status = event.response.status;
    const timing = event.response.timing;
    if (timing) exchange.waitMs = timing.receiveHeadersEnd - timing.sendStart;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const exchange = pending.get(event.requestId);
    if (!exchange) return;
    pending.delete(event.requestId);
    const finishedAt = event.timestamp * 1000;
    done.push({
      requestId: event.requestId,
      exchange: {
        upBytes: exchange.headerBytes + exchange.bodyBytes,
        upBodyBytes: exchange.bodyBytes,
        downBytes: event.encodedDataLength,
        waitMs: exchange.waitMs ?? finishedAt - exchange.sentAt,
        totalMs: finishedAt - exchange.sentAt,
        status: exchange.status ?? 0,
      },
    });
  });
  const overSocket = watchSyncSocket(cdp, (exchange) => done.push({ requestId: '', exchange }));
  cdp.on('Network.loadingFailed', (event) => {
    const exchange = pending.get(event.requestId);
    if (!exchange) return;
    pending.delete(event.requestId);
    const ms = event.timestamp * 1000 - exchange.sentAt;
    done.push({
      requestId: event.requestId,
      exchange: {
        upBytes: exchange.headerBytes + exchange.bodyBytes,
        upBodyBytes: exchange.bodyBytes,
        downBytes: 0,
        waitMs: ms,
        totalMs: ms,
        status: 0,
        error: event.errorText,
      },
    });
  });
  return watch;
}

/** Bytes of a WebSocket frame with `payload` bytes: header, extended length, mask (client's). */
function frameBytes(payload: number, masked: boolean): number {
  const length = payload < 126 ? 0 : payload < 65_536 ? 2 : 8;
  return 2 + length + (masked ? 4 : 0) + payload;
}

/** A frame's payload: its size on the wire and its JSON (binary frames are gzipped JSON). */
function framePayload(opcode: number, payloadData: string): { bytes: number; json: unknown } {
  const bytes = opcode === 2 ? Buffer.from(payloadData, 'base64') : Buffer.from(payloadData);
  const text = opcode === 2 ? gunzipSync(bytes).toString('utf8') : payloadData;
  return { bytes: bytes.length, json: JSON.parse(text) as unknown };
}

/**
 * Sync round trips over the sync socket (docs/PROTOCOL.md): each message the
 * page sends, matched by id with its answer; the handshake's bytes count to
 * the first exchange over the socket.
 */
function watchSyncSocket(
  cdp: CDPSession,
  finished: (exchange: WireExchange) => void,
): { waiting: () => number } {
  const sockets = new Map<string, { upHead: number; downHead: number }>();
  const sent = new Map<number, { at: number; upBytes: number; upBodyBytes: number }>();
  cdp.on('Network.webSocketCreated', (event) => {
    if (new URL(event.url).pathname === SYNC_SOCKET_PATH)
      sockets.set(event.requestId, { upHead: 0, downHead: 0 });
  });
  cdp.on('Network.webSocketWillSendHandshakeRequest', (event) => {
    const socket = sockets.get(event.requestId);
    if (socket)
      socket.upHead = requestHeadBytes('GET', `http://x${SYNC_SOCKET_PATH}`, event.request.headers);
  });
  cdp.on('Network.webSocketHandshakeResponseReceived', (event) => {
    const socket = sockets.get(event.requestId);
    if (!socket) return;
    const { status, statusText, headers } = event.response;
    socket.downHead = Buffer.byteLength(
      `HTTP/1.1 ${status} ${statusText}\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')}\r\n`,
    );
  });
  cdp.on('Network.webSocketFrameSent', (event) => {
    const socket = sockets.get(event.requestId);
    if (!socket) return;
    const { opcode, payloadData } = event.response;
    const payload = framePayload(opcode, payloadData);
    const { id } = payload.json as { id: number };
    sent.set(id, {
      at: event.timestamp * 1000,
      upBytes: socket.upHead + frameBytes(payload.bytes, true),
      upBodyBytes: payload.bytes,
    });
    socket.upHead = 0;
  });
  cdp.on('Network.webSocketFrameReceived', (event) => {
    const socket = sockets.get(event.requestId);
    if (!socket) return;
    const { opcode, payloadData } = event.response;
    const payload = framePayload(opcode, payloadData);
    const answer = payload.json as { id: number; status: number; body: unknown };
    const request = sent.get(answer.id);
    if (!request) return;
    sent.delete(answer.id);
    const ms = event.timestamp * 1000 - request.at;
    finished({
      upBytes: request.upBytes,
      upBodyBytes: request.upBodyBytes,
      downBytes: socket.downHead + frameBytes(payload.bytes, false),
      waitMs: ms,
      totalMs: ms,
      status: answer.status,
      body: JSON.stringify(answer.body),
    });
    socket.downHead = 0;
  });
  return { waiting: () => sent.size };
}

export interface SyncMarks {
  /** lotse:sync-started → lotse:sync-finished, in the page. */
  ms: number;
  /** Rows the run received (the mark's detail). */
  received: number;
  /** How many runs started since the marks were last cleared. */
  runs: number;
  /** The marks' times (performance.now()). */
  startedAt: number;
  finishedAt: number;
  /** The first round's phases, from the marks run-sync.ts sets between them. */
  phases: SyncPhases;
}

export interface SyncPhases {
  /** Start → the request is on its way: state and outbox read, the body built. */
  readMs: number;
  /** → its answer is parsed: the round trip, the server's work, and parsing. */
  answerMs: number;
  /** → the pulled page is opened and merged, ready to store. */
  prepareMs: number;
  /** → the run's end: the store transaction, and later rounds if any. */
  storeMs: number;
}

const SYNC_MARKS = [
  'lotse:sync-started',
  'lotse:sync-sent',
  'lotse:sync-answered',
  'lotse:sync-prepared',
  'lotse:sync-finished',
];

/** Forgets earlier sync marks, so that the next run's are the only ones. */
export function clearSyncMarks(page: Page): Promise<void> {
  return page.evaluate((names) => {
    for (const name of names) performance.clearMarks(name);
  }, SYNC_MARKS);
}

/** Waits for a finished sync run and reads its marks (the first run since the marks were cleared). */
export async function waitForSyncMarks(page: Page, timeoutMs = WAIT_MS): Promise<SyncMarks> {
  try {
    await page.waitForFunction(
      () => performance.getEntriesByName('lotse:sync-finished').length > 0,
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch (error) {
    const status = await page
      .locator('[data-testid="sync-status"]')
      .textContent({ timeout: 1_000 })
      .catch(() => null);
    throw new Error(
      `no finished sync run (mark lotse:sync-finished) within ${timeoutMs} ms; ` +
        `sync status in the page: ${status ?? 'not shown'}. Is the build older than the sync marks ` +
        `(run "npm run build")?`,
      { cause: error },
    );
  }
  // A run that another trigger queued behind this one would start right after it.
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    const started = performance.getEntriesByName('lotse:sync-started');
    const finished = performance.getEntriesByName('lotse:sync-finished') as PerformanceMark[];
    const end = finished[0]!;
    const start = started.filter((m) => m.startTime <= end.startTime).at(-1)!;
    const after = (name: string, time: number) =>
      performance.getEntriesByName(name).find((m) => m.startTime >= time)?.startTime ?? time;
    const sent = after('lotse:sync-sent', start.startTime);
    const answered = after('lotse:sync-answered', sent);
    const prepared = after('lotse:sync-prepared', answered);
    return {
      ms: end.startTime - start.startTime,
      phases: {
        readMs: sent - start.startTime,
        answerMs: answered - sent,
        prepareMs: prepared - answered,
        storeMs: end.startTime - prepared,
      },
      received: (end.detail as { received: number }).received,
      runs: started.length,
      startedAt: start.startTime,
      finishedAt: end.startTime,
    };
  });
}

/** Waits until the caseload is idle again (nothing shows as busy), then a little more. */
export async function waitUntilIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[aria-busy="true"]') === null,
    undefined,
    {
      timeout: WAIT_MS,
      polling: 100,
    },
  );
  await page.waitForTimeout(300);
}

export interface FloorSample {
  /** Rows written. */
  rows: number;
  /** One readwrite transaction, raw API, rows as plain objects: first put → complete. */
  plainMs: number;
  /** The same, each row sealed with the app's sealRow inside the transaction (as the middleware does). */
  sealedMs: number;
  /** Sealing the rows alone, no IndexedDB. */
  sealOnlyMs: number;
  /** JSON.parse of the response bodies plus the app's syncResponseSchema.parse. */
  parseMs: number;
}

/**
 * The floors, in the page that just synced, into scratch databases with the
 * same stores and indexes as `sourceDb` (the person's database): the same rows
 * the sync stored, in the shape the app stores them (fields, id, orgId, scope,
 * stamps). `window.LotseSyncBenchKit` must hold the app's sealRow and
 * syncResponseSchema (bench/sync.ts builds it from src/).
 */
export function measureFloors(
  page: Page,
  input: { sourceDb: string; rowsJson: string; bodies: string[] },
): Promise<FloorSample> {
  return page.evaluate(async ({ sourceDb, rowsJson, bodies }) => {
    type Kit = {
      sealRow: (
        key: Uint8Array,
        layout: object,
        row: unknown,
        binding: { primaryKey: unknown },
      ) => unknown;
      syncResponseSchema: { parse: (value: unknown) => unknown };
    };
    const kit = (window as unknown as { LotseSyncBenchKit: Kit }).LotseSyncBenchKit;
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(new Error(String(req.error)));
      });
    const source = await request(indexedDB.open(sourceDb));
    const stores = [...source.objectStoreNames].map((name) => {
      const store = source.transaction(name).objectStore(name);
      return {
        name,
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].map((index) => {
          const i = store.index(index);
          return { name: index, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry };
        }),
      };
    });
    source.close();
    const paths = (keyPath: string | string[] | null) =>
      keyPath === null ? [] : Array.isArray(keyPath) ? keyPath : [keyPath];
    const layouts = new Map(
      stores.map((s) => [
        s.name,
        {
          table: s.name,
          keyPathProps: new Set([
            ...paths(s.keyPath),
            ...s.indexes.flatMap((i) => paths(i.keyPath)),
          ]),
          multiEntryProps: new Set(
            s.indexes.filter((i) => i.multiEntry).flatMap((i) => paths(i.keyPath)),
          ),
          primaryKeyProp: typeof s.keyPath === 'string' ? s.keyPath : undefined,
        },
      ]),
    );
    const scratch = async (name: string) => {
      await request(indexedDB.deleteDatabase(name));
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        for (const s of stores) {
          const store = open.result.createObjectStore(s.name, {
            keyPath: s.keyPath,
            autoIncrement: s.autoIncrement,
          });
          for (const i of s.indexes)
            store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
        }
      };
      return request(open);
    };
    const byTable = JSON.parse(rowsJson) as Record<string, Record<string, unknown>[]>;
    const tables = Object.keys(byTable);
    const rows = tables.reduce((sum, t) => sum + byTable[t]!.length, 0);
    const dataKey = crypto.getRandomValues(new Uint8Array(32));
    const seal = (table: string, row: Record<string, unknown>) =>
      kit.sealRow(dataKey, layouts.get(table)!, row, { primaryKey: row.id });

    const write = async (name: string, sealed: boolean) => {
      const db = await scratch(name);
      const start = performance.now();
      const tx = db.transaction(tables, 'readwrite');
      for (const table of tables) {
        const store = tx.objectStore(table);
        for (const row of byTable[table]!) store.put(sealed ? seal(table, row) : row);
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      const ms = performance.now() - start;
      db.close();
      await request(indexedDB.deleteDatabase(name));
      return ms;
    };

    const plainMs = await write('lotse-bench-floor-plain', false);
    const sealedMs = await write('lotse-bench-floor-sealed', true);
    let start = performance.now();
    for (const table of tables) for (const row of byTable[table]!) seal(table, row);
    const sealOnlyMs = performance.now() - start;
    start = performance.now();
    for (const body of bodies) kit.syncResponseSchema.parse(JSON.parse(body));
    const parseMs = performance.now() - start;
    return { rows, plainMs, sealedMs, sealOnlyMs, parseMs };
  }, input);
}

/** Where the page's main thread spent a sync run, by the source its code came from. */
export interface DeltaFloorSample {
  /**
   * A bare round trip from the page to the server over an open sync socket, as
   * the app syncs: a message with a token of the wrong shape, which the server
   * refuses (401) without a database read.
   */
  roundTripMs: number;
  /** The same over HTTP: GET /api/health (one SELECT 1). */
  httpRoundTripMs: number;
  /**
   * One readwrite transaction on the person's database with the raw API:
   * `rows` stored rows of a table read by key and written back as they are
   * (sealed, so neither opened nor sealed again), and one setting.
   */
  storeMs: number;
}

/**
 * The floor of a delta sync of `rows` rows on this machine, in the page: what
 * the browser and server cost for any round trip, and what IndexedDB costs to
 * read and write the rows, without any of Lotse's code. Waits `pauseMs`
 * first, as the delta runs do, so that it meets the machine as they do.
 */
export function measureDeltaFloor(
  page: Page,
  input: { sourceDb: string; table: string; rows: number; pauseMs: number },
): Promise<DeltaFloorSample> {
  return page.evaluate(
    async ({ sourceDb, table, rows, pauseMs, socketPath }) => {
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(new Error(String(req.error)));
        });
      const pause = () => new Promise((resolve) => setTimeout(resolve, pauseMs));
      const socket = new WebSocket(new URL(socketPath, location.href.replace(/^http/, 'ws')));
      await new Promise((resolve, reject) => {
        socket.onopen = resolve;
        socket.onerror = () => reject(new Error(`no sync socket at ${socketPath}`));
      });
      await pause();
      let start = performance.now();
      const answered = new Promise<string>((resolve) => {
        socket.onmessage = (event: MessageEvent<string>) => resolve(event.data);
      });
      socket.send(JSON.stringify({ id: 1, token: '-', request: null }));
      const answer = JSON.parse(await answered) as { status: number };
      const roundTripMs = performance.now() - start;
      socket.close();
      if (answer.status !== 401) throw new Error(`the socket answered ${answer.status}, not 401`);
      await pause();
      start = performance.now();
      const health = await fetch('/api/health', { cache: 'no-store' });
      await health.arrayBuffer();
      const httpRoundTripMs = performance.now() - start;
      if (!health.ok) throw new Error(`GET /api/health answered ${health.status}`);

      const db = await request(indexedDB.open(sourceDb));
      const keys = await request(db.transaction(table).objectStore(table).getAllKeys(null, rows));
      if (keys.length < rows) throw new Error(`only ${keys.length} rows in ${table}`);
      await pause();
      start = performance.now();
      const tx = db.transaction([table, 'localSettings'], 'readwrite');
      const store = tx.objectStore(table);
      const settings = tx.objectStore('localSettings');
      const [stored, cursor] = await Promise.all([
        Promise.all(keys.map((key) => request(store.get(key)))),
        request<unknown>(settings.get('syncCursor')),
      ]);
      if (cursor === undefined) throw new Error('no stored cursor: has the page synced?');
      for (const row of stored) store.put(row);
      settings.put(cursor);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      const storeMs = performance.now() - start;
      db.close();
      return { roundTripMs, httpRoundTripMs, storeMs };
    },
    { ...input, socketPath: SYNC_SOCKET_PATH },
  );
}

export interface ProfileShare {
  name: string;
  ms: number;
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Per generated line: [generated column, source index, source line] segments of a source map. */
function decodeMappings(mappings: string): [number, number, number][][] {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let source = 0;
  let sourceLine = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    const segments: [number, number, number][] = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = digits.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0]!;
      if (values.length < 4) continue;
      source += values[1]!;
      sourceLine += values[2]!;
      segments.push([column, source, sourceLine]);
    }
    return segments;
  });
}

interface SourcePlace {
  file: string;
  /** The name of the innermost `function` around the place in the original source, if any. */
  fn: string | undefined;
}

/** Where a position of a built file came from, read from the build's source maps in `staticDir`. */
function sourceLookup(staticDir: string) {
  interface LoadedMap {
    sources: string[];
    contents: (string[] | undefined)[];
    lines: [number, number, number][][];
  }
  const maps = new Map<string, LoadedMap | null>();
  const load = (pathname: string): LoadedMap | null => {
    const file = path.join(staticDir, `${pathname}.map`);
    if (!fs.existsSync(file)) return null;
    const map = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      sources: string[];
      sourcesContent?: (string | null)[];
      mappings: string;
    };
    return {
      sources: map.sources,
      contents: map.sources.map((_, i) => map.sourcesContent?.[i]?.split('\n')),
      lines: decodeMappings(map.mappings),
    };
  };
  return (url: string, line: number, column: number): SourcePlace | undefined => {
    if (!url.startsWith('http')) return undefined;
    const { pathname } = new URL(url);
    if (!maps.has(pathname)) maps.set(pathname, load(pathname));
    const map = maps.get(pathname);
    const segments = map?.lines[line];
    if (!map || !segments?.length) return { file: pathname, fn: undefined };
    let found = segments[0]!;
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    const text = map.contents[found[1]];
    let fn: string | undefined;
    for (let i = found[2]; text && i >= 0 && fn === undefined; i--)
      fn = /function\s+([\w$]+)/.exec(text[i] ?? '')?.[1];
    return { file: map.sources[found[1]] ?? pathname, fn };
  };
}

const SOURCE_BUCKETS: [RegExp, string][] = [
  [/node_modules\/dexie/, 'Dexie'],
  [/node_modules\/zod/, 'zod (validation)'],
  [/src\/db\/crypto\//, 'encryption middleware (src/db/crypto, without AES)'],
  [/src\/core\/sync\//, 'merge (src/core/sync)'],
  [/src\/db\/sync\//, 'applying pages (src/db/sync)'],
  [/src\/sync\//, 'sync engine (src/sync)'],
  [/src\/db\//, 'other src/db (queries behind the screens)'],
  [/node_modules\/(react|react-dom|scheduler)\//, 'React'],
  [/src\/(features|app|components)\//, 'screens (src/features, src/app)'],
  [/src\/core\//, 'src/core (schemas, domain)'],
];

/**
 * Buckets a profile's nodes: AES-GCM by whether it sealed (writes) or opened
 * (reads) a row; built-in calls (IndexedDB's put/get…, whose structured clone
 * runs on the main thread) by the nearest JavaScript caller; the rest by source file.
 */
function bucketNodes(profile: CpuProfile, staticDir: string): Map<number, string> {
  const lookup = sourceLookup(staticDir);
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const places = new Map<number, SourcePlace | undefined>();
  const placeOf = (id: number) => {
    if (!places.has(id)) {
      const { url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
      places.set(id, lookup(url, lineNumber, columnNumber));
    }
    return places.get(id);
  };
  const ancestors = function* (id: number) {
    for (let at = parents.get(id); at !== undefined; at = parents.get(at)) yield at;
  };
  const buckets = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    const place = placeOf(node.id);
    let bucket: string;
    if (place?.file.includes('@noble/ciphers')) {
      let fn: string | undefined;
      for (const at of ancestors(node.id)) {
        const up = placeOf(at);
        if (up?.file.includes('row-cipher')) {
          fn = up.fn;
          break;
        }
      }
      bucket =
        fn === 'sealRow'
          ? 'AES-GCM sealing rows written'
          : fn === 'openRow'
            ? 'AES-GCM opening rows read'
            : 'AES-GCM (other)';
    } else if (!url) {
      if (functionName.startsWith('(')) bucket = functionName;
      else {
        let caller: SourcePlace | undefined;
        for (const at of ancestors(node.id)) if ((caller = placeOf(at))) break;
        const callerBucket = SOURCE_BUCKETS.find(([p]) => p.test(caller?.file ?? ''))?.[1];
        bucket = `built-in ${functionName ? `${functionName}()` : 'code'} called from ${callerBucket ?? 'other'}`;
      }
    } else bucket = SOURCE_BUCKETS.find(([p]) => p.test(place?.file ?? ''))?.[1] ?? 'other';
    buckets.set(node.id, bucket);
  }
  return buckets;
}

const ANCHOR = 'lotseProfileAnchor';
let anchors = 0;

/** Profile time (ms) minus page time, from the anchor's first sample. */
function anchorOffset(profile: CpuProfile, anchor: string, anchorMs: number): number {
  const inAnchor = new Set<number>();
  const mark = (id: number) => {
    inAnchor.add(id);
    for (const child of profile.nodes.find((n) => n.id === id)?.children ?? []) mark(child);
  };
  for (const node of profile.nodes) if (node.callFrame.functionName === anchor) mark(node.id);
  let at = profile.startTime;
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    at += profile.timeDeltas?.[i] ?? 0;
    if (inAnchor.has(samples[i]!)) return at / 1000 - anchorMs;
  }
  throw new Error('the CPU profile holds no sample of its anchor: cannot align it with the page');
}

/**
 * Starts V8's sampling profiler in the page. `stop` buckets the samples taken
 * between two of the page's performance.now() times (see bucketNodes); small
 * buckets are summed up as "rest".
 */
export async function startCpuProfile(page: Page, staticDir: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // The first samples come only some 100 ms after the start (V8 first logs the code it has).
  await page.waitForTimeout(500);
  return {
    async stop(fromMs: number, toMs: number): Promise<ProfileShare[]> {
      // An anchor for the clocks: a busy function whose first sample happened at the time it
      // answers. A new name each time: V8 would reuse code compiled for an earlier profile.
      const anchor = `${ANCHOR}${++anchors}`;
      const anchorMs = await page.evaluate<number>(
        `(function ${anchor}() { const t = performance.now(); while (performance.now() - t < 10); return t; })()`,
      );
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      await cdp.detach();
      const offsetMs = anchorOffset(profile, anchor, anchorMs);
      // Resource Timing in the page: fetch() called → last byte of the answer; over the
      // sync socket, the app's measures from message sent to answer received.
      const inFlight = await page.evaluate(
        ({ path, measure }) => [
          ...performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes(path))
            .map((e) => [e.startTime, (e as PerformanceResourceTiming).responseEnd] as const),
          ...performance
            .getEntriesByName(measure, 'measure')
            .map((e) => [e.startTime, e.startTime + e.duration] as const),
        ],
        { path: SYNC_PATH, measure: SOCKET_MEASURE },
      );
      const buckets = bucketNodes(profile, staticDir);
      const shares = new Map<string, number>();
      let at = profile.startTime;
      const samples = profile.samples ?? [];
      const deltas = profile.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        at += deltas[i] ?? 0;
        const pageMs = at / 1000 - offsetMs;
        // A sample stands for the time until the next one.
        const next = (deltas[i + 1] ?? 0) / 1000;
        if (pageMs < fromMs || pageMs > toMs) continue;
        let name = buckets.get(samples[i]!) ?? 'other';
        if (name === '(idle)')
          name = inFlight.some(([start, end]) => pageMs >= start && pageMs <= end)
            ? '(idle) while a sync request is in flight'
            : '(idle) otherwise: IndexedDB, timers';
        shares.set(name, (shares.get(name) ?? 0) + next);
      }
      const total = [...shares.values()].reduce((a, b) => a + b, 0);
      const listed = [...shares].filter(([, ms]) => ms >= Math.max(2, total * 0.01));
      const rest = total - listed.reduce((sum, [, ms]) => sum + ms, 0);
      return [...listed, ['rest', rest] as const]
        .map(([name, ms]) => ({ name, ms: Math.round(ms) }))
        .sort((a, b) => b.ms - a.ms);
    },
  };
}
