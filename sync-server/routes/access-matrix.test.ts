import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHlcClock,
  createId,
  createNodeId,
  ErrorCode,
  errorResponseSchema,
  RefusalCode,
  Role,
  SYNC_PROTOCOL_VERSION,
  type HlcClock,
  type PushedChange,
} from '../../src/core/index';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestUser, type TestWorld } from '../test-support/test-world';
import { addSecondManager } from '../test-support/second-manager';

/**
 * Every endpoint × every kind of caller, with the exact status. Org A is the
 * demo organisation; the targets of id-taking endpoints are always in org A,
 * so a caller from org B must get 404, exactly as for an id that does not
 * exist. A refused answer is the error shape and nothing else. The sync
 * endpoint is the exception that proves the rule: a refused push names each
 * refused change (`changes.<i>`), the caller's own input, and hints at no more.
 */
type Caller = Role | 'none' | 'expired' | 'revoked' | 'foreign';
const CALLERS: readonly Caller[] = [
  'manager',
  'supervisor',
  'admin',
  'none',
  'expired',
  'revoked',
  'foreign',
];

interface Targets {
  userId: string;
  sessionId: string;
  caseId: string;
  /** A fresh HLC stamp for a pushed change. */
  stamp: string;
}

interface Endpoint {
  name: string;
  allowed: readonly Role[];
  ok: number;
  /** What a caller of another organisation (with an allowed role) gets. */
  foreign: 'own-organisation' | 'not-found' | 'forbidden';
  /**
   * The `details` of a 403, for an endpoint that names the refused input back;
   * `echoed` is that input, the only org A data the answer may contain.
   */
  refusal?: (targets: Targets) => { details: unknown[]; echoed: string };
  call(world: TestWorld, targets: Targets): request.Test;
}

let emailCounter = 0;

/** A first sync request (no epoch, no cursor) pushing `changes`. */
function syncBody(changes: PushedChange[]) {
  return { protocol: SYNC_PROTOCOL_VERSION, epoch: null, cursor: null, changes };
}

/** An edit of the case file of `caseId`, as a device pushes it. */
function editCaseFile(caseId: string, stamp: string): PushedChange {
  const fields = { statusReason: `Notiz ${++emailCounter}` };
  return { table: 'caseFiles', id: caseId, scope: caseId, fields, stamp };
}

const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'GET /me',
    allowed: [Role.manager, Role.supervisor, Role.admin],
    ok: 200,
    foreign: 'own-organisation',
    call: (w) => request(w.app).get('/api/v1/me'),
  },
  {
    name: 'POST /auth/logout',
    allowed: [Role.manager, Role.supervisor, Role.admin],
    ok: 204,
    foreign: 'own-organisation',
    call: (w) => request(w.app).post('/api/v1/auth/logout'),
  },
  {
    name: 'GET /team',
    allowed: [Role.supervisor],
    ok: 200,
    foreign: 'own-organisation',
    call: (w) => request(w.app).get('/api/v1/team'),
  },
  {
    name: 'GET /admin/users',
    allowed: [Role.admin],
    ok: 200,
    foreign: 'own-organisation',
    call: (w) => request(w.app).get('/api/v1/admin/users'),
  },
  {
    name: 'POST /admin/users',
    allowed: [Role.admin],
    ok: 201,
    foreign: 'own-organisation',
    call: (w) =>
      request(w.app)
        .post('/api/v1/admin/users')
        .send({
          email: `neu${++emailCounter}@lotse.example`,
          displayName: 'Neue Kollegin',
          role: Role.manager,
          password: 'ein-langes-passwort',
        }),
  },
  {
    name: 'PATCH /admin/users/:id',
    allowed: [Role.admin],
    ok: 200,
    foreign: 'not-found',
    call: (w, t) =>
      request(w.app).patch(`/api/v1/admin/users/${t.userId}`).send({ displayName: 'Umbenannt' }),
  },
  {
    name: 'GET /admin/devices',
    allowed: [Role.admin],
    ok: 200,
    foreign: 'own-organisation',
    call: (w) => request(w.app).get('/api/v1/admin/devices'),
  },
  {
    name: 'POST /admin/devices/:sessionId/revoke',
    allowed: [Role.admin],
    ok: 200,
    foreign: 'not-found',
    call: (w, t) => request(w.app).post(`/api/v1/admin/devices/${t.sessionId}/revoke`),
  },
  {
    name: 'GET /admin/assignments',
    allowed: [Role.admin],
    ok: 200,
    foreign: 'own-organisation',
    call: (w) => request(w.app).get('/api/v1/admin/assignments'),
  },
  {
    name: 'PUT /admin/assignments',
    allowed: [Role.admin],
    ok: 200,
    foreign: 'not-found',
    call: (w, t) =>
      request(w.app)
        .put('/api/v1/admin/assignments')
        .send({ caseId: t.caseId, userId: w.orgA.manager.id, assigned: true }),
  },
  {
    // Only the manager the case is assigned to may push to it: not a supervisor it is not
    // assigned to, not an admin, not a manager of another organisation.
    name: 'POST /sync (push to a case)',
    allowed: [Role.manager],
    ok: 200,
    foreign: 'forbidden',
    refusal: (t) => ({
      details: [{ path: 'changes.0', code: RefusalCode.notWritable, message: expect.any(String) }],
      echoed: `caseFiles ${t.caseId}`,
    }),
    call: (w, t) =>
      request(w.app)
        .post('/api/v1/sync')
        .send(syncBody([editCaseFile(t.caseId, t.stamp)])),
  },
  {
    name: 'GET /admin/audit',
    allowed: [Role.admin],
    ok: 200,
    foreign: 'own-organisation',
    call: (w) => request(w.app).get('/api/v1/admin/audit'),
  },
];

/** A second manager of org A, made through the admin API: the matrix's case is not theirs. */

function expected(endpoint: Endpoint, caller: Caller): { status: number; code?: ErrorCode } {
  switch (caller) {
    case 'none':
      return { status: 401, code: ErrorCode.unauthenticated };
    case 'expired':
      return { status: 401, code: ErrorCode.sessionExpired };
    case 'revoked':
      return { status: 401, code: ErrorCode.deviceRevoked };
    case 'foreign':
      if (endpoint.foreign === 'not-found') return { status: 404, code: ErrorCode.notFound };
      if (endpoint.foreign === 'forbidden') return { status: 403, code: ErrorCode.forbidden };
      return { status: endpoint.ok };
    default:
      return endpoint.allowed.includes(caller)
        ? { status: endpoint.ok }
        : { status: 403, code: ErrorCode.forbidden };
  }
}

describe.each(BACKENDS)('role × endpoint matrix on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  const caseId = createId();
  /** Strings that only org A's records contain: none may reach a refused caller or org B. */
  let orgASecrets: string[];
  let hlc: HlcClock;
  let otherManager: TestUser;

  beforeAll(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
    hlc = createHlcClock({ node: createNodeId(), now: () => world.clock.now().getTime() });
    await storage.db
      .insertInto('case_assignments')
      .values({
        case_id: caseId,
        user_id: world.orgA.manager.id,
        org_id: world.orgA.manager.orgId,
        assigned_at: new Date().toISOString(),
        assigned_by: null,
      })
      .execute();
    await pushCaseFile(world.orgA.manager);
    otherManager = await addSecondManager(world);
    const orgAUsers = await storage.db
      .selectFrom('users')
      .selectAll()
      .where('org_id', '=', world.orgA.admin.orgId)
      .execute();
    orgASecrets = [caseId, ...orgAUsers.flatMap((u) => [u.id, u.email, u.display_name])];
  });
  afterAll(() => storage.dispose());

  /** The case file of `caseId`, pushed by its manager, so that the matrix's pushes edit it. */
  async function pushCaseFile(manager: TestUser) {
    const { token } = await world.openSession(manager);
    const fields = {
      clientId: createId(),
      caseNumber: 'IM-2026-MATRIX',
      status: 'open',
      openedOn: '2026-01-15',
      statusSince: '2026-01-15',
    };
    await request(world.app)
      .post('/api/v1/sync')
      .set('Authorization', `Bearer ${token}`)
      .send(
        syncBody([{ table: 'caseFiles', id: caseId, scope: caseId, fields, stamp: hlc.tick() }]),
      )
      .expect(200);
  }

  /** A fresh session for the caller, and fresh targets in org A, for every cell. */
  async function prepare(endpoint: Endpoint, caller: Caller) {
    const target: TestUser = world.orgA.manager;
    const victim = await world.openSession(target);
    const targets: Targets = {
      userId: target.id,
      sessionId: victim.sessionId,
      caseId,
      stamp: hlc.tick(),
    };
    if (caller === 'none') return { targets, token: undefined };
    const user =
      caller === 'foreign'
        ? world.orgB[endpoint.allowed[0]!]
        : caller === 'expired' || caller === 'revoked'
          ? world.orgA.admin
          : world.orgA[caller];
    const session = await world.openSession(user, {
      expired: caller === 'expired',
      revoked: caller === 'revoked',
    });
    return { targets, token: session.token };
  }

  const cells = ENDPOINTS.flatMap((endpoint) =>
    CALLERS.map((caller) => ({ endpoint, caller, ...expected(endpoint, caller) })),
  );

  it.each(cells)(
    '$endpoint.name as $caller → $status',
    async ({ endpoint, caller, status, code }) => {
      const { targets, token } = await prepare(endpoint, caller);
      const call = endpoint.call(world, targets);
      const res = await (token ? call.set('Authorization', `Bearer ${token}`) : call);
      expect(res.status, JSON.stringify(res.body)).toBe(status);

      const refusal = status === 403 ? endpoint.refusal?.(targets) : undefined;
      let text = JSON.stringify(res.body ?? {});
      if (code) {
        // Only the error shape: no record data, no hint about the record asked for.
        expect(Object.keys(res.body)).toEqual(['error']);
        expect(errorResponseSchema.strict().parse(res.body).error.code).toBe(code);
        expect(res.body.error.details).toEqual(refusal?.details);
      }
      if (refusal) text = text.replaceAll(refusal.echoed, '');
      if (code || caller === 'foreign')
        for (const secret of orgASecrets) expect(text, secret).not.toContain(secret);
    },
  );

  it('answers a foreign id exactly like an id that does not exist', async () => {
    const admin = await world.openSession(world.orgB.admin);
    const victim = await world.openSession(world.orgA.manager);
    const as = (test: request.Test) => test.set('Authorization', `Bearer ${admin.token}`);
    const pairs: [request.Test, request.Test][] = [
      [
        as(request(world.app).patch(`/api/v1/admin/users/${world.orgA.manager.id}`)).send({
          disabled: true,
        }),
        as(request(world.app).patch(`/api/v1/admin/users/${createId()}`)).send({ disabled: true }),
      ],
      [
        as(request(world.app).post(`/api/v1/admin/devices/${victim.sessionId}/revoke`)),
        as(request(world.app).post(`/api/v1/admin/devices/${createId()}/revoke`)),
      ],
      [
        as(request(world.app).put('/api/v1/admin/assignments')).send({
          caseId,
          userId: world.orgA.manager.id,
          assigned: false,
        }),
        as(request(world.app).put('/api/v1/admin/assignments')).send({
          caseId,
          userId: createId(),
          assigned: false,
        }),
      ],
    ];
    for (const [foreign, unknown] of pairs) {
      const [a, b] = [await foreign, await unknown];
      expect(a.status).toBe(404);
      expect(a.body).toEqual(b.body);
    }
    // Nothing changed in org A.
    const manager = await storage.db
      .selectFrom('users')
      .select('disabled_at')
      .where('id', '=', world.orgA.manager.id)
      .executeTakeFirstOrThrow();
    expect(manager.disabled_at).toBeNull();
    const session = await storage.db
      .selectFrom('device_sessions')
      .select('revoked_at')
      .where('id', '=', victim.sessionId)
      .executeTakeFirstOrThrow();
    expect(session.revoked_at).toBeNull();
  });

  it('refuses a push to a case of another manager or organisation exactly like one to an unknown case', async () => {
    const records = () => storage.db.selectFrom('sync_records').selectAll().orderBy('id').execute();
    const before = await records();
    for (const user of [
      world.orgB.manager,
      otherManager,
      world.orgA.supervisor,
      world.orgA.admin,
    ]) {
      const { token } = await world.openSession(user);
      const clientId = createId();
      const push = (scope: string) =>
        request(world.app)
          .post('/api/v1/sync')
          .set('Authorization', `Bearer ${token}`)
          .send(
            syncBody([
              {
                table: 'clients',
                id: clientId,
                scope,
                fields: { firstName: 'Testa', lastName: 'Eindringling' },
                stamp: hlc.tick(),
              },
            ]),
          );
      const known = await push(caseId);
      const unknown = await push(createId());
      expect(known.status, user.email).toBe(403);
      expect(known.body, user.email).toEqual(unknown.body);
      expect(known.body.error.details).toEqual([
        expect.objectContaining({ path: 'changes.0', code: RefusalCode.notWritable }),
      ]);
    }
    expect(await records()).toEqual(before);
  });
});
