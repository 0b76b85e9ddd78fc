import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

/**
 * Up to this many bytes (inflated), a sync socket message is inflated or
 * deflated at once, on the event loop: for an everyday push or pull of a
 * hundred records (about 25 kB) that takes about 0.1 ms, while the trip
 * through libuv's thread pool and back took 1–2 ms with Chromium busy on the
 * same two cores. Larger ones, and any whose inflated size is not yet known
 * to stay below it, go to the thread pool, so that no message (a gzip bomb
 * neither) holds the loop for longer than this much work.
 */
export const INLINE_ZLIB_BYTES = 256 * 1024;

/** Whether inflating stopped at its limit (zlib's code, whichever way it ran). */
export function isTooLarge(error: unknown): boolean {
  return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
}

/**
 * Inflates a gzipped message to at most `maxBytes`; fails with code
 * ERR_BUFFER_TOO_LARGE beyond that, and as zlib does on data that is not gzip.
 */
export async function inflateMessage(data: Buffer, maxBytes: number): Promise<Buffer> {
  const inline = Math.min(maxBytes, INLINE_ZLIB_BYTES);
  try {
    return gunzipSync(data, { maxOutputLength: inline });
  } catch (error) {
    if (!isTooLarge(error) || inline === maxBytes) throw error;
  }
  return gunzipAsync(data, { maxOutputLength: maxBytes });
}

export async function deflateMessage(json: string): Promise<Buffer> {
  return Buffer.byteLength(json) <= INLINE_ZLIB_BYTES ? gzipSync(json) : gzipAsync(json);
}
