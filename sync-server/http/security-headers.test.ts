import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server';
import { createTestStorage, type TestStorage } from '../test-support/test-storage';
import { silentLogger } from '../test-support/silent-logger';

describe('security headers and CORS', () => {
  let storage: TestStorage;
  beforeAll(async () => (storage = await createTestStorage('sqlite')));
  afterAll(() => storage.dispose());

  it('sends helmet headers with a CSP the PWA can live with', async () => {
    const app = createApp({ storage, logger: silentLogger });
    const res = await request(app).get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'] as string;
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "frame-ancestors 'none'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends no CORS header to another origin unless the allow-list names it', async () => {
    const closed = createApp({ storage, logger: silentLogger });
    const simple = await request(closed)
      .get('/api/health')
      .set('Origin', 'https://evil.example')
      .expect(200);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(closed)
      .options('/api/v1/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();

    const open = createApp({
      storage,
      logger: silentLogger,
      corsOrigins: ['https://lotse.kreis.example'],
    });
    const allowed = await request(open)
      .options('/api/v1/auth/login')
      .set('Origin', 'https://lotse.kreis.example')
      .set('Access-Control-Request-Method', 'POST')
      .expect(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://lotse.kreis.example');
    expect(allowed.headers['access-control-allow-headers']).toContain('Authorization');
    const other = await request(open).get('/api/health').set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
