import type { z } from 'zod';
import {
  errorResponseSchema,
  SOCKET_COMPRESS_FROM_BYTES,
  type ErrorCode,
  type ErrorIssue,
} from '@/core/index';
import { canGzip, gzipText } from './gzip';
import { useSessionStore } from './session-store';

export type ApiFailure =
  | { kind: 'offline' }
  /** No answer within the time limit: the request may or may not have reached the server. */
  | { kind: 'timeout' }
  | {
      kind: 'error';
      status: number;
      code: ErrorCode;
      message: string;
      details?: ErrorIssue[];
      /** The server's clock from the answer's Date header, ms since 1970 (NaN without one). */
      serverTime?: number;
    }
  | { kind: 'invalidResponse'; status: number };

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

type Listener = (code: ErrorCode) => void;
const authFailureListeners = new Set<Listener>();

/**
 * Told about every 401 answer (`unauthenticated`, `session_expired`,
 * `device_revoked`), so that the app can lock, ask for a new login, or wipe a
 * revoked device's data wherever the request came from.
 */
export function onAuthFailure(listener: Listener): () => void {
  authFailureListeners.add(listener);
  return () => authFailureListeners.delete(listener);
}

/** What a server answered: its status, its JSON body (undefined if none could be read) and its clock. */
export interface RawAnswer {
  status: number;
  json: unknown;
  /** The server's clock, ms since 1970 (NaN if it did not say). */
  serverTime: number;
}

/**
 * Calls the sync server's API with the device session's token and parses the
 * answer with a schema from src/core. Expected failures come back as values,
 * in the shape the UI maps to `errors:<code>` texts.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  init: {
    method?: string;
    body?: unknown;
    token?: string;
    /** Gzip a large body (the server inflates `Content-Encoding: gzip`). */
    compress?: boolean;
    timeoutMs?: number;
  } = {},
): Promise<ApiResult<z.infer<S>>> {
  const token = init.token ?? useSessionStore.getState().token;
  let response: Response;
  try {
    const body = init.body === undefined ? undefined : await encodeBody(init.body, init.compress);
    response = await fetch(`/api${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(body?.gzipped ? { 'Content-Encoding': 'gzip' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body?.data,
      signal: init.timeoutMs ? AbortSignal.timeout(init.timeoutMs) : undefined,
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, failure: { kind: timedOut ? 'timeout' : 'offline' } };
  }
  const json: unknown =
    response.status === 204 ? null : await response.json().catch(() => undefined);
  const serverTime = Date.parse(response.headers.get('Date') ?? '');
  return interpretAnswer({ status: response.status, json, serverTime }, schema);
}

/**
 * An answer as the app takes it, however it came (HTTP, or the sync socket):
 * the parsed data, or the failure with the server's code and message. Every
 * 401 is told to the onAuthFailure listeners.
 */
export function interpretAnswer<S extends z.ZodType>(
  { status, json, serverTime }: RawAnswer,
  schema: S,
): ApiResult<z.infer<S>> {
  if (status < 200 || status > 299) {
    const error = errorResponseSchema.safeParse(json);
    if (!error.success) return { ok: false, failure: { kind: 'invalidResponse', status } };
    const { code, message, details } = error.data.error;
    if (status === 401) authFailureListeners.forEach((listener) => listener(code));
    return { ok: false, failure: { kind: 'error', status, code, message, details, serverTime } };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, failure: { kind: 'invalidResponse', status } };
}

/** Bodies from this size on are gzipped when asked to (SOCKET_COMPRESS_FROM_BYTES: the same rule). */
async function encodeBody(
  value: unknown,
  compress = false,
): Promise<{ data: BodyInit; gzipped: boolean }> {
  const json = JSON.stringify(value);
  if (!compress || json.length < SOCKET_COMPRESS_FROM_BYTES || !canGzip())
    return { data: json, gzipped: false };
  return { data: await gzipText(json), gzipped: true };
}
