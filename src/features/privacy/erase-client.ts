import { erasureResponseSchema, type ErasureRequest, type ErasureResponse } from '@/core/index';
import { apiRequest, type ApiResult } from '@/sync/api-client';

/** Erasing touches every record of the case on the server; give it more than a plain read. */
const ERASURE_TIMEOUT_MS = 60_000;

/**
 * Asks the server to erase everything about a client (GDPR Art. 17). The
 * server logs it with the request's reference; devices purge the records at
 * their next sync.
 */
export function eraseClient(
  clientId: string,
  request: ErasureRequest,
): Promise<ApiResult<ErasureResponse>> {
  return apiRequest(`/v1/clients/${encodeURIComponent(clientId)}/erasure`, erasureResponseSchema, {
    method: 'POST',
    body: request,
    timeoutMs: ERASURE_TIMEOUT_MS,
  });
}
