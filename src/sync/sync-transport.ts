import { syncResponseSchema, type SyncRequest, type SyncResponse } from '@/core/index';
import { apiRequest, interpretAnswer, type ApiResult } from './api-client';
import { useSessionStore } from './session-store';
import { browserOffline, openSyncSocketSoon, socketExchange } from './sync-socket';

/**
 * How long an answer over the socket may take before the request goes over
 * HTTP instead. A socket whose connection died without a word (a network that
 * changed, a router that forgot it) would otherwise hold the sync until its
 * time-out; an everyday round trip takes milliseconds, a push of 1,000
 * records well under a second.
 */
export const SOCKET_ANSWER_MS = 15_000;

export interface SyncRequestOptions {
  /** The whole round trip, whichever way it goes. */
  timeoutMs: number;
  /** Many rows expected (a first sync, a page the server said follows, a re-send). */
  bulk: boolean;
  /** Wait this long for the socket's answer (default SOCKET_ANSWER_MS). */
  socketAnswerMs?: number;
}

/** At a sync's start, before its outbox is read: the socket opens meanwhile. */
export function prepareSyncTransport(): void {
  if (useSessionStore.getState().token) openSyncSocketSoon();
}

/**
 * One sync round trip: over the sync socket where it can be opened (it
 * spares each sync an HTTP request's own cost), otherwise, or when the socket
 * closed or fell silent before the answer came, as `POST /api/v1/sync`.
 * Sending a request a second time is harmless (docs/PROTOCOL.md), so such a
 * one goes again; `timeoutMs` bounds both tries together.
 *
 * A `bulk` round always goes over HTTP: the browser decompresses an HTTP
 * answer off the page's thread (and the server may send it brotli-compressed),
 * while a socket's gzipped answer is inflated by the page itself; side by side
 * a first sync took longer over the socket.
 */
export async function syncRequest(
  request: SyncRequest,
  { timeoutMs, bulk, socketAnswerMs = SOCKET_ANSWER_MS }: SyncRequestOptions,
): Promise<ApiResult<SyncResponse>> {
  const token = useSessionStore.getState().token;
  const deadline = Date.now() + timeoutMs;
  if (token && !bulk) {
    const viaSocket = await socketExchange({ token, request }, Math.min(timeoutMs, socketAnswerMs));
    if (viaSocket.kind === 'answer') return interpretAnswer(viaSocket.answer, syncResponseSchema);
  }
  const left = deadline - Date.now();
  if (left <= 0) return { ok: false, failure: { kind: 'timeout' } };
  // The socket closes when the browser goes offline: its request must not go out as a fetch
  // that can only fail (the 'online' event brings the next sync).
  if (browserOffline()) return { ok: false, failure: { kind: 'offline' } };
  return apiRequest('/v1/sync', syncResponseSchema, {
    method: 'POST',
    body: request,
    compress: true,
    timeoutMs: left,
  });
}
