import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateMessage, inflateMessage, INLINE_ZLIB_BYTES, isTooLarge } from './message-zlib';

const LIMIT = 4 * INLINE_ZLIB_BYTES;

function json(bytes: number): string {
  const row = JSON.stringify({ table: 'steps', id: 'a'.repeat(36), fields: { text: 'Termin' } });
  return `[${Array.from({ length: Math.ceil(bytes / (row.length + 1)) }, () => row).join(',')}]`;
}

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => 'inflated',
    (error: unknown) => error,
  );
}

describe('socket message compression', () => {
  it('gives back what it was given, below and above the size done at once', async () => {
    for (const text of [json(20_000), json(INLINE_ZLIB_BYTES + 10_000)]) {
      const inflated = await inflateMessage(await deflateMessage(text), LIMIT);
      expect(inflated.toString('utf8')).toBe(text);
    }
  });

  it('inflates up to the limit and refuses beyond it, also a gzip bomb far beyond', async () => {
    const atLimit = Buffer.alloc(LIMIT, 0x20);
    expect((await inflateMessage(gzipSync(atLimit), LIMIT)).length).toBe(LIMIT);
    const bomb = gzipSync(Buffer.alloc(64 * LIMIT));
    expect(bomb.length).toBeLessThan(INLINE_ZLIB_BYTES);
    expect(isTooLarge(await refusal(inflateMessage(bomb, LIMIT)))).toBe(true);
    // A limit below the size done at once: refused without the thread pool.
    expect(isTooLarge(await refusal(inflateMessage(gzipSync(atLimit), 1000)))).toBe(true);
  });

  it('refuses what is not gzip, and not as too large', async () => {
    const error = await refusal(inflateMessage(Buffer.from('{"id":1}'), LIMIT));
    expect(error).toBeInstanceOf(Error);
    expect(isTooLarge(error)).toBe(false);
  });
});
