import { z } from 'zod';

/**
 * The sync socket (docs/PROTOCOL.md, "The sync socket"): the same sync round
 * trip as `POST /api/v1/sync`, as messages over one WebSocket that stays open
 * between syncs. A message is a text frame with JSON, or a binary frame with
 * that JSON gzipped; either side may use either.
 */
export const SYNC_SOCKET_PATH = '/api/v1/sync/socket';

/** A message is gzipped from this size on (what HTTP compresses too). */
export const SOCKET_COMPRESS_FROM_BYTES = 4096;

/** One sync request: the body of `POST /api/v1/sync`, with the session's token and an id. */
export const socketRequestSchema = z
  .object({
    /** Chosen by the device; the answer carries it back. */
    id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    /** The device session's token, as in `Authorization: Bearer <token>`. */
    token: z.string().max(200),
    request: z.unknown(),
  })
  .strict();
export type SocketRequest = z.infer<typeof socketRequestSchema>;

/** The answer to the request with `id`: the status and body the HTTP endpoint would answer. */
export const socketAnswerSchema = z.object({
  id: z.number().int(),
  status: z.number().int().min(100).max(599),
  /** The server's clock, ms since 1970: what the Date header tells over HTTP. */
  time: z.number(),
  body: z.unknown(),
});
export type SocketAnswer = z.infer<typeof socketAnswerSchema>;

/**
 * Close codes the server ends a socket with (beyond RFC 6455's own): the
 * device then sends its waiting requests over HTTP, which answers each with
 * a status and message.
 */
export const SocketCloseCode = {
  /** A message that is not JSON of a socket request (1007, RFC 6455). */
  unreadable: 1007,
  /** More requests waiting than a device ever sends (1008, RFC 6455). */
  tooManyWaiting: 1008,
  /** A message larger than the sync body limit, gzipped or not (1009, RFC 6455). */
  tooLarge: 1009,
  /** The server is shutting down (1001, RFC 6455). */
  goingAway: 1001,
} as const;
