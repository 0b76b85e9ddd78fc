import {
  SOCKET_COMPRESS_FROM_BYTES,
  socketAnswerSchema,
  SYNC_SOCKET_PATH,
  type SocketRequest,
} from '@/core/index';
import type { RawAnswer } from './api-client';
import { canGzip, gunzipText, gzipText } from './gzip';

/**
 * How a request over the sync socket ended. `unavailable`: it was not sent
 * (no socket could be opened); `lost`: it was sent, but the socket closed
 * before its answer came; `timeout`: no answer in time (the socket is closed
 * then). Whichever, the caller may send it over HTTP: a sync request sent
 * twice changes nothing (docs/PROTOCOL.md).
 */
export type SocketOutcome =
  | { kind: 'answer'; answer: RawAnswer }
  | { kind: 'unavailable' }
  | { kind: 'lost' }
  | { kind: 'timeout' };

/** A socket not open by then is given up for this sync, which goes over HTTP. */
const CONNECT_TIMEOUT_MS = 3_000;
/** After a failed attempt, syncs go over HTTP for this long (a proxy may not pass WebSockets). */
const RETRY_AFTER_FAILURE_MS = 5 * 60_000;
/** An unused socket is closed after this long; the next sync opens another. */
const IDLE_CLOSE_MS = 5 * 60_000;

/** WebSocket.OPEN, which Node (the tests' devices) has no global for. */
const OPEN = 1;

type SocketFactory = () => WebSocket;

const defaultFactory: SocketFactory | null =
  typeof WebSocket === 'undefined' || typeof location === 'undefined'
    ? null
    : () => new WebSocket(socketUrl());

let factory = defaultFactory;
let current: Connection | undefined;
let opening: Promise<Connection | undefined> | undefined;
let unavailableUntil = 0;
let nextId = 1;

/**
 * How the sync socket is opened: tests in Node pass a factory that reaches
 * their server, or null to sync over HTTP only.
 */
export function setSocketFactory(next: SocketFactory | null): void {
  factory = next;
  closeSyncSocket();
  unavailableUntil = 0;
}

function socketUrl(): string {
  const url = new URL(SYNC_SOCKET_PATH, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * Sends one sync request over the sync socket, opening it if need be, and
 * waits at most `timeoutMs` for its answer. Nothing is sent while the
 * browser says it is offline.
 */
export async function socketExchange(
  message: Omit<SocketRequest, 'id'>,
  timeoutMs: number,
): Promise<SocketOutcome> {
  const opening = connection();
  if (!opening) return { kind: 'unavailable' };
  const id = nextId++;
  // The frame is built while the socket opens: coming back online, the handshake takes longest.
  const [open, frame] = await Promise.all([opening, frameOf({ id, ...message })]);
  if (!open) return { kind: 'unavailable' };
  return open.exchange(id, frame, timeoutMs);
}

/** A request as one frame: gzipped from SOCKET_COMPRESS_FROM_BYTES, as an HTTP body would be. */
async function frameOf(request: SocketRequest): Promise<string | ArrayBuffer> {
  const json = JSON.stringify(request);
  return json.length >= SOCKET_COMPRESS_FROM_BYTES && canGzip() ? gzipText(json) : json;
}

/**
 * Starts opening the sync socket unless it is open or cannot be used. A sync
 * calls it before it reads its outbox: coming back online, the socket is
 * always a new one, and its handshake then travels while the outbox is read.
 */
export function openSyncSocketSoon(): void {
  void connection();
}

/** The open socket, the one being opened, or undefined when none can be used now. */
function connection(): Promise<Connection | undefined> | undefined {
  if (!factory || browserOffline() || Date.now() < unavailableUntil) return undefined;
  // One that is closing (timed out, idle) is no use any more, though it has not closed yet.
  if (current && !current.isOpen()) current = undefined;
  if (current) return Promise.resolve(current);
  const make = factory;
  return (opening ??= openConnection(make).finally(() => (opening = undefined)));
}

/** Whether the browser says it has no network: then nothing is sent, neither way. */
export function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && !navigator.onLine;
}

/** Closes the sync socket (the browser went offline); the next sync opens another. */
export function closeSyncSocket(): void {
  current?.close();
  current = undefined;
  void opening?.then((open) => open?.close());
}

if (typeof window !== 'undefined') window.addEventListener('offline', closeSyncSocket);

async function openConnection(make: SocketFactory): Promise<Connection | undefined> {
  let socket: WebSocket;
  try {
    socket = make();
  } catch {
    return failedToOpen();
  }
  socket.binaryType = 'arraybuffer';
  const opened = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), CONNECT_TIMEOUT_MS);
    const settle = (ok: boolean) => {
      clearTimeout(timer);
      resolve(ok);
    };
    socket.addEventListener('open', () => settle(true), { once: true });
    socket.addEventListener('error', () => settle(false), { once: true });
    socket.addEventListener('close', () => settle(false), { once: true });
  });
  if (!opened) {
    socket.close();
    return failedToOpen();
  }
  const open = new Connection(socket);
  current = open;
  socket.addEventListener('close', () => {
    if (current === open) current = undefined;
  });
  return open;
}

function failedToOpen(): undefined {
  unavailableUntil = Date.now() + RETRY_AFTER_FAILURE_MS;
  return undefined;
}

/** One open socket and the requests waiting for their answers. */
class Connection {
  private readonly waiting = new Map<number, (outcome: SocketOutcome) => void>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event: MessageEvent<string | ArrayBuffer>) => {
      void this.received(event.data);
    });
    socket.addEventListener('close', () => {
      clearTimeout(this.idleTimer);
      for (const done of this.waiting.values()) done({ kind: 'lost' });
      this.waiting.clear();
    });
    this.keepUntilIdle();
  }

  exchange(id: number, frame: string | ArrayBuffer, timeoutMs: number): Promise<SocketOutcome> {
    if (!this.isOpen()) return Promise.resolve({ kind: 'lost' });
    this.keepUntilIdle();
    const sentAt = performance.now();
    return new Promise<SocketOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve({ kind: 'timeout' });
        // No answer in time: the socket may be dead; the next sync opens another.
        this.close();
      }, timeoutMs);
      this.waiting.set(id, (outcome) => {
        clearTimeout(timer);
        // Benchmarks (bench/sync.ts) read it as Resource Timing of HTTP requests.
        performance.measure('lotse:sync-request', { start: sentAt });
        resolve(outcome);
      });
      this.socket.send(frame);
    });
  }

  isOpen(): boolean {
    return this.socket.readyState === OPEN;
  }

  close(): void {
    this.socket.close(1000);
  }

  private async received(data: string | ArrayBuffer): Promise<void> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(typeof data === 'string' ? data : await gunzipText(data));
    } catch {
      parsed = undefined;
    }
    const answer = socketAnswerSchema.safeParse(parsed);
    // An answer that cannot be read cannot be matched to its request: the socket is no use.
    if (!answer.success) return this.close();
    const done = this.waiting.get(answer.data.id);
    this.waiting.delete(answer.data.id);
    const { status, body, time } = answer.data;
    done?.({ kind: 'answer', answer: { status, json: body, serverTime: time } });
  }

  private keepUntilIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.close(), IDLE_CLOSE_MS);
  }
}
