import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest } from './api-client';

/** fetch replaced by one that keeps what it was sent and answers `{ ok: true }`. */
function captureFetch() {
  const sent: { headers: Record<string, string>; body: unknown }[] = [];
  vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
    sent.push({ headers: init.headers as Record<string, string>, body: init.body });
    return Promise.resolve(Response.json({ ok: true }));
  });
  return sent;
}

describe('apiRequest', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gzips a large body it is asked to compress, and the gzip inflates to the same JSON', async () => {
    const sent = captureFetch();
    const body = { changes: Array.from({ length: 200 }, (_, i) => ({ text: `Übung ${i}` })) };
    const answer = await apiRequest('/v1/sync', z.object({ ok: z.boolean() }), {
      body,
      compress: true,
      token: 'token-of-a-test-device',
    });
    expect(answer).toEqual({ ok: true, data: { ok: true } });
    expect(sent[0]!.headers['Content-Encoding']).toBe('gzip');
    const gzipped = new Uint8Array(sent[0]!.body as ArrayBuffer);
    expect(gzipped.length).toBeLessThan(JSON.stringify(body).length / 4);
    expect(gunzipSync(gzipped).toString('utf8')).toBe(JSON.stringify(body));
  });

  it('sends a small body, or one not to compress, as plain JSON', async () => {
    const sent = captureFetch();
    const schema = z.object({ ok: z.boolean() });
    await apiRequest('/v1/sync', schema, {
      body: { a: 1 },
      compress: true,
      token: 'token-of-a-test-device',
    });
    const large = { text: 'x'.repeat(10_000) };
    await apiRequest('/v1/sync', schema, { body: large, token: 'token-of-a-test-device' });
    expect(sent.map((s) => [s.headers['Content-Encoding'], s.body])).toEqual([
      [undefined, '{"a":1}'],
      [undefined, JSON.stringify(large)],
    ]);
  });
});
