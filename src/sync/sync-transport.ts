import { syncResponseSchema, type SyncRequest, type SyncResponse } from '@/core/index';
import { apiRequest, interpretAnswer, type ApiResult } from './api-client';
import { useSessionStore } from './session-store';
import { socketExchange } from './sync-socket';

/**
 * One sync round trip: over the sync socket where it can be opened (it
 * spares each sync an HTTP request's own cost), otherwise, or when the socket
 * closed before the answer came, as `POST /api/v1/sync`. Sending a request a
 * second time is harmless (docs/PROTOCOL.md), so a lost one goes again.
 *
 * A `bulk` round (many rows expected) always goes over HTTP: the browser
 * decompresses an HTTP answer off the page's thread (and the server may send
 * it brotli-compressed), while a socket's gzipped answer is inflated by the
 * page itself; side by side a first sync took longer over the socket.
 */
export async function syncRequest(
  request: SyncRequest,
  { timeoutMs, bulk }: { timeoutMs: number; bulk: boolean },
): Promise<ApiResult<SyncResponse>> {
  const token = useSessionStore.getState().token;
  if (token && !bulk) {
    const viaSocket = await socketExchange({ token, request }, timeoutMs);
    if (viaSocket.kind === 'answer') return interpretAnswer(viaSocket.answer, syncResponseSchema);
    if (viaSocket.kind === 'timeout') return { ok: false, failure: { kind: 'timeout' } };
  }
  return apiRequest('/v1/sync', syncResponseSchema, {
    method: 'POST',
    body: request,
    compress: true,
    timeoutMs,
  });
}
