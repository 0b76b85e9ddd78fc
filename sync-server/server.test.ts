import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ErrorCode,
  errorResponseSchema,
  healthResponseSchema,
  loginResponseSchema,
} from '../src/core/index';
import { DEMO_ACCOUNTS } from './demo/demo-accounts';
import { seedDemo } from './demo/seed-demo';
import { createApp } from './server';
import { BACKENDS, createTestStorage, type TestStorage } from './test-support/test-storage';
import { silentLogger } from './test-support/silent-logger';

const cheapCost = { N: 2 ** 10, r: 8, p: 1 };

describe.each(BACKENDS)('sync server on %s', (kind) => {
  let storage: TestStorage;
  let app: ReturnType<typeof createApp>;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    app = createApp({ storage, logger: silentLogger, bodyLimit: '10kb', passwordCost: cheapCost });
  });
  afterEach(() => storage.dispose());

  function expectError(body: unknown, code: ErrorCode) {
    const parsed = errorResponseSchema.parse(body);
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.message.length).toBeGreaterThan(10);
    expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|node_modules|\.ts:\d+/);
  }

  it('answers /api/health with its storage kind', async () => {
    const res = await request(app).get('/api/health').expect(200);
    const body = healthResponseSchema.parse(res.body);
    expect(body.storage).toBe(kind);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses malformed JSON with 400 and keeps running', async () => {
    const res = await request(app)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": "a@b.c", ')
      .expect(400);
    expectError(res.body, ErrorCode.malformedJson);
    await request(app).get('/api/health').expect(200);
  });

  it('refuses an oversized body with 413', async () => {
    const res = await request(app)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(20_000) }))
      .expect(413);
    expectError(res.body, ErrorCode.payloadTooLarge);
  });

  it('answers unknown API routes with 404 JSON', async () => {
    const res = await request(app).get('/api/v1/nothing-here').expect(404);
    expectError(res.body, ErrorCode.notFound);
    const outside = await request(app).delete('/whatever').expect(404);
    expectError(outside.body, ErrorCode.notFound);
  });

  it('answers a wrong method with 405 and the allowed ones', async () => {
    const res = await request(app).delete('/api/health').expect(405);
    expectError(res.body, ErrorCode.methodNotAllowed);
    expect(res.headers.allow).toBe('GET');
    const login = await request(app).get('/api/v1/auth/login').expect(405);
    expect(login.headers.allow).toBe('POST');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await request(app)
      .post('/api/v1/auth/login')
      .set('Content-Type', 'text/plain')
      .send('email=a')
      .expect(415);
    expectError(res.body, ErrorCode.unsupportedMediaType);
  });

  it('names each invalid field of a request', async () => {
    const res = await request(app)
      .post('/api/v1/auth/login')
      .send({ email: 'not-an-address', password: 42 })
      .expect(400);
    expectError(res.body, ErrorCode.validationFailed);
    const paths = errorResponseSchema.parse(res.body).error.details?.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('logs a demo account in and refuses a wrong password without saying which part was wrong', async () => {
    expect(await seedDemo(storage.db, cheapCost)).toBe(true);
    expect(await seedDemo(storage.db, cheapCost)).toBe(false);
    const manager = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
    const device = { deviceId: 'tablet-0001', deviceName: 'Tablet Büro 2' };
    const ok = await request(app)
      .post('/api/v1/auth/login')
      .send({ email: manager.email.toUpperCase(), password: manager.password, ...device })
      .expect(200);
    const body = loginResponseSchema.parse(ok.body);
    expect(body.user).toMatchObject({ role: 'manager', email: manager.email });
    expect(body.session).toMatchObject(device);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(ok.body)).not.toContain('scrypt');

    const wrongPassword = await request(app)
      .post('/api/v1/auth/login')
      .send({ email: manager.email, password: 'falsch', ...device })
      .expect(401);
    const unknownUser = await request(app)
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@demo.lotse.example', password: 'falsch', ...device })
      .expect(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
  });
});
