import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  ErrorCode,
  SOCKET_COMPRESS_FROM_BYTES,
  SocketCloseCode,
  socketRequestSchema,
  syncRequestSchema,
  SYNC_SOCKET_PATH,
  type SocketAnswer,
} from '../../src/core/index';
import type { AppContext } from '../app-context';
import { AUTH_FAILURE_MESSAGES, isTokenShaped } from '../auth/authenticate';
import { INTERNAL_ERROR_MESSAGE } from '../http/error-handler';
import { errorBody } from '../http/send-error';
import { INVALID_BODY_MESSAGE, validationIssues } from '../http/validate-body';
import { checkSession } from '../services/session-check';
import { syncDevice } from '../sync/sync-device';
import { deflateMessage, inflateMessage, isTooLarge } from './message-zlib';

/** A socket that answered no ping within this long is gone (a tablet that lost its network). */
const HEARTBEAT_MS = 30_000;
/** Requests one socket may have waiting: a device sends at most two (a page, and the next). */
const MAX_WAITING = 4;

export interface SyncSocket {
  /** For the HTTP server's `upgrade` event. */
  handleUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  /** Ends every open socket, for a server that is shutting down. */
  close: () => void;
}

export interface SyncSocketOptions {
  /** The largest request, gzipped or not: the sync endpoint's body limit. */
  maxMessageBytes: number;
  /** Origins besides the server's own whose pages may open the socket (the CORS allow list). */
  allowedOrigins: readonly string[];
}

/**
 * The sync socket (docs/PROTOCOL.md, "The sync socket"): the sync round trip
 * of `POST /api/v1/sync` over one WebSocket that stays open between syncs,
 * which spares each sync the HTTP request's own cost. Every message carries
 * the session's token and is checked as a request would be: the session, the
 * body's schema, then the same syncDevice. One socket's requests are answered
 * in order, one after the other.
 */
export function createSyncSocket(ctx: AppContext, options: SyncSocketOptions): SyncSocket {
  const server = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    // Gzip is the messages' own business (binary frames), as over HTTP.
    perMessageDeflate: false,
  });
  const alive = new WeakMap<WebSocket, boolean>();
  const heartbeat = setInterval(() => {
    for (const socket of server.clients) {
      if (!alive.get(socket)) socket.terminate();
      else {
        alive.set(socket, false);
        socket.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    handleUpgrade(req, socket, head) {
      const refusal = refuseUpgrade(req, options.allowedOrigins);
      if (refusal) {
        socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      server.handleUpgrade(req, socket, head, (ws) => {
        alive.set(ws, true);
        ws.on('pong', () => alive.set(ws, true));
        serve(ctx, ws, options.maxMessageBytes);
      });
    },
    close() {
      clearInterval(heartbeat);
      for (const socket of server.clients)
        socket.close(SocketCloseCode.goingAway, 'the server is shutting down');
      server.close();
    },
  };
}

/** Why an upgrade is refused (as an HTTP status line), or undefined to let it through. */
function refuseUpgrade(
  req: IncomingMessage,
  allowedOrigins: readonly string[],
): string | undefined {
  const url = new URL(req.url ?? '/', 'http://socket');
  if (url.pathname !== SYNC_SOCKET_PATH) return '404 Not Found';
  // Browsers send their page's origin; WebSockets know no CORS, so the allow list is checked here.
  const origin = req.headers.origin;
  if (origin === undefined || allowedOrigins.includes(origin)) return undefined;
  const host = URL.canParse(origin) ? new URL(origin).host : undefined;
  return host === req.headers.host ? undefined : '403 Forbidden';
}

function serve(ctx: AppContext, ws: WebSocket, maxBytes: number): void {
  let waiting = 0;
  let previous: Promise<void> = Promise.resolve();
  // ws closes the socket itself on a frame it refuses (too large, malformed) and
  // reports it here; without a listener the error would end the whole process.
  ws.on('error', (error) => ctx.logger.warn({ err: error }, 'sync socket closed on a bad frame'));
  ws.on('message', (data, isBinary) => {
    if (++waiting > MAX_WAITING) {
      ws.close(SocketCloseCode.tooManyWaiting, `more than ${MAX_WAITING} requests waiting`);
      return;
    }
    previous = previous
      .then(() => answerMessage(ctx, ws, rawBuffer(data), isBinary, maxBytes))
      .catch((error: unknown) => {
        ctx.logger.error({ err: error }, 'sync socket failed');
        ws.terminate();
      })
      .finally(() => waiting--);
  });
}

function rawBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

async function answerMessage(
  ctx: AppContext,
  ws: WebSocket,
  data: Buffer,
  isBinary: boolean,
  maxBytes: number,
): Promise<void> {
  const started = performance.now();
  let text: string;
  try {
    text = isBinary
      ? (await inflateMessage(data, maxBytes)).toString('utf8')
      : data.toString('utf8');
  } catch (error) {
    return isTooLarge(error)
      ? ws.close(SocketCloseCode.tooLarge, `larger than ${maxBytes} bytes once inflated`)
      : ws.close(SocketCloseCode.unreadable, 'a binary message must be gzipped JSON');
  }
  const message = socketRequestSchema.safeParse(parseJson(text));
  // Without an id, no answer could be told apart: the device learns why over HTTP.
  if (!message.success)
    return ws.close(SocketCloseCode.unreadable, 'not JSON of {id, token, request}');
  const { id, token, request } = message.data;
  let answer: Omit<SocketAnswer, 'id' | 'time'>;
  try {
    answer = await answerRequest(ctx, token, request);
  } catch (error) {
    ctx.logger.error({ err: error, url: SYNC_SOCKET_PATH }, 'unexpected error');
    answer = { status: 500, body: errorBody(ErrorCode.internal, INTERNAL_ERROR_MESSAGE) };
  }
  const json = JSON.stringify({ id, status: answer.status, time: Date.now(), body: answer.body });
  const frame =
    Buffer.byteLength(json) >= SOCKET_COMPRESS_FROM_BYTES ? await deflateMessage(json) : json;
  if (ws.readyState === ws.OPEN) ws.send(frame);
  ctx.logger.info(
    {
      req: { method: 'WS', url: SYNC_SOCKET_PATH, id },
      res: { statusCode: answer.status },
      responseTime: Math.round(performance.now() - started),
    },
    'request completed',
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** HTTP's reasons, but a message carries its token in `token`, not in a header. */
const SOCKET_AUTH_FAILURE_MESSAGES = {
  ...AUTH_FAILURE_MESSAGES,
  [ErrorCode.unauthenticated]:
    'Sign in first: send the token from the login answer in each message\'s "token".',
} as const;

/** What `POST /api/v1/sync` answers the same token and body (sync-router.ts). */
async function answerRequest(
  ctx: AppContext,
  token: string,
  request: unknown,
): Promise<Omit<SocketAnswer, 'id' | 'time'>> {
  const check = isTokenShaped(token) ? await checkSession(ctx, token) : undefined;
  if (!check?.ok) {
    const code = check?.code ?? ErrorCode.unauthenticated;
    return { status: 401, body: errorBody(code, SOCKET_AUTH_FAILURE_MESSAGES[code]) };
  }
  const parsed = syncRequestSchema.safeParse(request);
  if (!parsed.success)
    return {
      status: 400,
      body: errorBody(
        ErrorCode.validationFailed,
        INVALID_BODY_MESSAGE,
        validationIssues(parsed.error),
      ),
    };
  const outcome = await syncDevice(ctx, check.auth, parsed.data);
  if (!outcome.ok)
    return {
      status: outcome.status,
      body: errorBody(outcome.code, outcome.message, outcome.details),
    };
  return { status: 200, body: outcome.response };
}
