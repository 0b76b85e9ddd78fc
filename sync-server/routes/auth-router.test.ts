import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AuditAction,
  ErrorCode,
  errorResponseSchema,
  loginResponseSchema,
  meResponseSchema,
} from '../../src/core/index';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestUser, type TestWorld } from '../test-support/test-world';

const DAY = 24 * 60 * 60 * 1000;
const device = { deviceId: 'tablet-0001', deviceName: 'Tablet Büro 2' };

describe.each(BACKENDS)('device sessions on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage, { sessionDays: 30 });
  });
  afterEach(() => storage.dispose());

  async function logIn(user: TestUser, deviceId = device.deviceId) {
    const res = await request(world.app)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password, deviceId, deviceName: device.deviceName })
      .expect(200);
    return loginResponseSchema.parse(res.body);
  }

  function me(token: string) {
    return request(world.app).get('/api/v1/me').set('Authorization', `Bearer ${token}`);
  }

  function expectCode(body: unknown, code: ErrorCode) {
    expect(errorResponseSchema.parse(body).error.code).toBe(code);
  }

  it('opens a session bound to the device, stores only the hash of its token, and answers /me', async () => {
    const login = await logIn(world.orgA.manager);
    expect(Date.parse(login.session.expiresAt) - world.clock.now().getTime()).toBe(30 * DAY);
    const stored = await storage.db.selectFrom('device_sessions').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ device_id: device.deviceId, user_id: world.orgA.manager.id });
    expect(JSON.stringify(stored)).not.toContain(login.token);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const res = await me(login.token).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(meResponseSchema.parse(res.body)).toEqual({ user: login.user, session: login.session });
  });

  it('answers 401 unauthenticated without a token, with a malformed one and with an unknown one', async () => {
    for (const header of [undefined, 'Bearer', 'Basic abc', `Bearer ${'x'.repeat(43)}`]) {
      const req = request(world.app).get('/api/v1/me');
      const res = await (header ? req.set('Authorization', header) : req).expect(401);
      expectCode(res.body, ErrorCode.unauthenticated);
      expect(res.headers['www-authenticate']).toContain('Bearer');
    }
  });

  it('ends the session on logout, and a new login on the same device ends the older one', async () => {
    const first = await logIn(world.orgA.manager);
    const second = await logIn(world.orgA.manager);
    expectCode((await me(first.token).expect(401)).body, ErrorCode.unauthenticated);
    await me(second.token).expect(200);

    await request(world.app)
      .post('/api/v1/auth/logout')
      .set('Authorization', `Bearer ${second.token}`)
      .expect(204);
    expectCode((await me(second.token).expect(401)).body, ErrorCode.unauthenticated);

    const other = await logIn(world.orgA.manager, 'phone-0002');
    await me(other.token).expect(200);
  });

  it('expires a session after the configured days without contact, sliding on use', async () => {
    const login = await logIn(world.orgA.supervisor);
    world.clock.advance(20 * DAY);
    const slid = meResponseSchema.parse((await me(login.token).expect(200)).body);
    expect(Date.parse(slid.session.expiresAt)).toBe(world.clock.now().getTime() + 30 * DAY);
    expect(slid.session.lastSeenAt).toBe(world.clock.now().toISOString());

    world.clock.advance(29 * DAY);
    await me(login.token).expect(200);
    world.clock.advance(30 * DAY + 1);
    const res = await me(login.token).expect(401);
    expectCode(res.body, ErrorCode.sessionExpired);
  });

  it('answers device_revoked once an admin revoked the device or disabled its user, and tells the device to wipe', async () => {
    const manager = await logIn(world.orgA.manager);
    const admin = await logIn(world.orgA.admin);
    await request(world.app)
      .post(`/api/v1/admin/devices/${manager.session.id}/revoke`)
      .set('Authorization', `Bearer ${admin.token}`)
      .expect(200);
    const res = await me(manager.token).expect(401);
    expectCode(res.body, ErrorCode.deviceRevoked);
    expect(res.body.error.message).toMatch(/delete all Lotse data/);

    const supervisor = await logIn(world.orgA.supervisor);
    await request(world.app)
      .patch(`/api/v1/admin/users/${world.orgA.supervisor.id}`)
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ disabled: true })
      .expect(200);
    expectCode((await me(supervisor.token).expect(401)).body, ErrorCode.deviceRevoked);
    await request(world.app)
      .post('/api/v1/auth/login')
      .send({
        ...device,
        email: world.orgA.supervisor.email,
        password: world.orgA.supervisor.password,
      })
      .expect(401);
  });

  it('logs every login, success and failure, without the password', async () => {
    const { manager } = world.orgA;
    await logIn(manager);
    await request(world.app)
      .post('/api/v1/auth/login')
      .send({ ...device, email: manager.email, password: 'geheim-falsch-123' })
      .expect(401);
    await request(world.app)
      .post('/api/v1/auth/login')
      .send({ ...device, email: 'nobody@nowhere.example', password: 'geheim-falsch-456' })
      .expect(401);
    const rows = await storage.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => r.action)).toEqual([
      AuditAction.loginSucceeded,
      AuditAction.loginFailed,
      AuditAction.loginFailed,
    ]);
    expect(rows[0]).toMatchObject({ actor_id: manager.id, org_id: manager.orgId });
    expect(rows[1]).toMatchObject({ actor_id: null, org_id: manager.orgId, target_id: manager.id });
    expect(JSON.parse(rows[2]!.details)).toMatchObject({
      email: 'nobody@nowhere.example',
      reason: 'unknown_email',
    });
    const text = JSON.stringify(rows);
    expect(text).not.toContain(manager.password);
    expect(text).not.toContain('geheim-falsch');
  });
});

describe.each(BACKENDS)('login rate limiting on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  const limits = { windowMs: 15 * 60 * 1000, perIp: 6, perEmail: 3 };

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage, { loginRateLimit: limits });
  });
  afterEach(() => storage.dispose());

  // A request that does not fail gives its hit back after the answer is sent: wait for that.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  function attempt(email: string, password: string) {
    return request(world.app)
      .post('/api/v1/auth/login')
      .send({ ...device, email, password });
  }

  it('answers 429 too_many_attempts with Retry-After after too many failures for one address, even with the right password', async () => {
    const { manager } = world.orgA;
    for (let i = 0; i < limits.perEmail; i++) await attempt(manager.email, 'falsch').expect(401);
    const blocked = await attempt(manager.email, manager.password).expect(429);
    expect(errorResponseSchema.parse(blocked.body).error.code).toBe(ErrorCode.tooManyAttempts);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    await settle();

    // Another address from the same place still works, until the per-address budget of the IP is spent.
    await attempt(world.orgA.admin.email, world.orgA.admin.password).expect(200);
    await settle();
    for (let i = 0; i < limits.perIp - limits.perEmail; i++)
      await attempt(`guess${i}@demo.lotse.example`, 'falsch').expect(401);
    await attempt(world.orgA.supervisor.email, world.orgA.supervisor.password).expect(429);

    world.clock.advance(limits.windowMs + 1);
    await attempt(manager.email, manager.password).expect(200);
  });
});
