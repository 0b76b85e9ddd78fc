import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  adminDevicesResponseSchema,
  adminUserResponseSchema,
  adminUsersResponseSchema,
  assignmentsResponseSchema,
  AuditAction,
  auditPageResponseSchema,
  createId,
  ErrorCode,
  Role,
  teamResponseSchema,
} from '../../src/core/index';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestUser, type TestWorld } from '../test-support/test-world';

describe.each(BACKENDS)('admin and team API on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  let asAdmin: (test: request.Test) => request.Test;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
    const { token } = await world.openSession(world.orgA.admin);
    asAdmin = (test) => test.set('Authorization', `Bearer ${token}`);
  });
  afterEach(() => storage.dispose());

  async function actions() {
    const rows = await storage.db.selectFrom('audit_log').select('action').orderBy('seq').execute();
    return rows.map((r) => r.action);
  }

  it('creates a user who can then log in, and refuses short passwords and taken addresses', async () => {
    const created = await asAdmin(request(world.app).post('/api/v1/admin/users'))
      .send({
        email: 'Neu@Demo.Lotse.Example',
        displayName: 'Nora Neu',
        role: Role.manager,
        password: 'zwoelf-zeichen',
      })
      .expect(201);
    const { user } = adminUserResponseSchema.parse(created.body);
    expect(user).toMatchObject({
      email: 'neu@demo.lotse.example',
      role: 'manager',
      disabledAt: null,
    });
    await request(world.app)
      .post('/api/v1/auth/login')
      .send({
        email: 'neu@demo.lotse.example',
        password: 'zwoelf-zeichen',
        deviceId: 'tablet-neu-1',
        deviceName: 'Tablet',
      })
      .expect(200);

    const short = await asAdmin(request(world.app).post('/api/v1/admin/users'))
      .send({
        email: 'kurz@demo.lotse.example',
        displayName: 'K',
        role: 'manager',
        password: 'elf-zeichen',
      })
      .expect(400);
    expect(short.body.error.details.map((d: { path: string }) => d.path)).toEqual(['password']);
    const taken = await asAdmin(request(world.app).post('/api/v1/admin/users'))
      .send({
        email: world.orgB.manager.email,
        displayName: 'X',
        role: 'manager',
        password: 'x'.repeat(12),
      })
      .expect(409);
    expect(taken.body.error.code).toBe(ErrorCode.emailTaken);

    const list = adminUsersResponseSchema.parse(
      (await asAdmin(request(world.app).get('/api/v1/admin/users')).expect(200)).body,
    );
    expect(list.users.map((u) => u.email).sort()).toEqual(
      [...Object.values(world.orgA).map((u) => u.email), 'neu@demo.lotse.example'].sort(),
    );
    expect(JSON.stringify(list)).not.toContain('scrypt');
    expect(await actions()).toEqual([
      AuditAction.userCreated,
      AuditAction.loginSucceeded,
      AuditAction.usersRead,
    ]);
  });

  it('changes role and name, refuses an unknown field, and never leaves the organisation without an admin', async () => {
    const patch = (user: TestUser) =>
      asAdmin(request(world.app).patch(`/api/v1/admin/users/${user.id}`));
    const changed = await patch(world.orgA.manager)
      .send({ role: 'supervisor', displayName: 'Mira M.' })
      .expect(200);
    expect(changed.body.user).toMatchObject({ role: 'supervisor', displayName: 'Mira M.' });
    await patch(world.orgA.manager).send({ rolle: 'admin' }).expect(400);
    await patch(world.orgA.manager).send({}).expect(400);

    const lastAdmin = await patch(world.orgA.admin).send({ disabled: true }).expect(409);
    expect(lastAdmin.body.error.code).toBe(ErrorCode.lastAdmin);
    await patch(world.orgA.admin).send({ role: 'manager' }).expect(409);
    await patch(world.orgA.supervisor).send({ role: 'admin' }).expect(200);
    await patch(world.orgA.admin).send({ role: 'manager' }).expect(200);
  });

  it('lists devices with user, name and last contact, and revokes one once', async () => {
    const victim = await world.openSession(world.orgA.manager, { deviceName: 'Tablet GU Nord' });
    await world.openSession(world.orgB.manager, { deviceName: 'Fremdes Tablet' });
    const list = adminDevicesResponseSchema.parse(
      (await asAdmin(request(world.app).get('/api/v1/admin/devices')).expect(200)).body,
    );
    const device = list.devices.find((d) => d.sessionId === victim.sessionId);
    expect(device).toMatchObject({
      deviceName: 'Tablet GU Nord',
      status: 'active',
      revokedAt: null,
      user: { id: world.orgA.manager.id, role: 'manager' },
    });
    expect(list.devices.map((d) => d.deviceName)).not.toContain('Fremdes Tablet');

    const revoke = () =>
      asAdmin(request(world.app).post(`/api/v1/admin/devices/${victim.sessionId}/revoke`)).expect(
        200,
      );
    const first = await revoke();
    expect(first.body.device).toMatchObject({ status: 'revoked', revokedBy: world.orgA.admin.id });
    const second = await revoke();
    expect(second.body.device.revokedAt).toBe(first.body.device.revokedAt);
    expect((await actions()).filter((a) => a === AuditAction.deviceRevoked)).toHaveLength(1);
  });

  it('assigns and unassigns cases to managers and supervisors of the organisation only', async () => {
    const caseId = createId();
    const put = (body: object) =>
      asAdmin(request(world.app).put('/api/v1/admin/assignments')).send({ caseId, ...body });
    const assigned = assignmentsResponseSchema.parse(
      (await put({ userId: world.orgA.manager.id, assigned: true }).expect(200)).body,
    );
    expect(assigned.assignments).toEqual([
      expect.objectContaining({
        caseId,
        userId: world.orgA.manager.id,
        assignedBy: world.orgA.admin.id,
      }),
    ]);
    await put({ userId: world.orgA.manager.id, assigned: true }).expect(200);
    await put({ userId: world.orgA.supervisor.id, assigned: true }).expect(200);
    const admin = await put({ userId: world.orgA.admin.id, assigned: true }).expect(409);
    expect(admin.body.error.code).toBe(ErrorCode.notAssignable);
    await put({ userId: world.orgB.manager.id, assigned: true }).expect(404);
    await put({ caseId: 'not-a-uuid', userId: world.orgA.manager.id, assigned: true }).expect(400);

    const removed = await put({ userId: world.orgA.supervisor.id, assigned: false }).expect(200);
    expect(removed.body.assignments).toHaveLength(1);
    const list = await asAdmin(
      request(world.app).get(`/api/v1/admin/assignments?userId=${world.orgA.manager.id}`),
    ).expect(200);
    expect(list.body.assignments.map((a: { caseId: string }) => a.caseId)).toEqual([caseId]);
    await asAdmin(request(world.app).get('/api/v1/admin/assignments?caseId=nope')).expect(400);

    // Org B cannot take over a case that belongs to org A.
    const { token } = await world.openSession(world.orgB.admin);
    const takeover = await request(world.app)
      .put('/api/v1/admin/assignments')
      .set('Authorization', `Bearer ${token}`)
      .send({ caseId, userId: world.orgB.manager.id, assigned: true })
      .expect(404);
    expect(takeover.body.error.code).toBe(ErrorCode.notFound);

    expect(await actions()).toEqual([
      AuditAction.caseAssigned,
      AuditAction.caseAssigned,
      AuditAction.caseUnassigned,
      AuditAction.assignmentsRead,
    ]);
  });

  it('pages the audit log newest first with before and limit, and logs its own reading', async () => {
    for (let i = 0; i < 5; i++)
      await asAdmin(request(world.app).get('/api/v1/admin/users')).expect(200);
    const first = auditPageResponseSchema.parse(
      (await asAdmin(request(world.app).get('/api/v1/admin/audit?limit=3')).expect(200)).body,
    );
    expect(first.entries).toHaveLength(3);
    expect(first.entries[0]!.actor).toEqual({ id: world.orgA.admin.id, displayName: 'Ada Probst' });
    const seqs = first.entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const second = auditPageResponseSchema.parse(
      (
        await asAdmin(
          request(world.app).get(`/api/v1/admin/audit?limit=3&before=${first.nextBefore}`),
        ).expect(200)
      ).body,
    );
    expect(second.entries.map((e) => e.action)).toEqual([
      AuditAction.usersRead,
      AuditAction.usersRead,
    ]);
    expect(second.nextBefore).toBeNull();
    expect(Math.max(...second.entries.map((e) => e.seq))).toBeLessThan(Math.min(...seqs));
    await asAdmin(request(world.app).get('/api/v1/admin/audit?limit=1000')).expect(400);

    const last = await storage.db
      .selectFrom('audit_log')
      .select('action')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(last.action).toBe(AuditAction.auditRead);
  });

  it("shows a supervisor their organisation's team with caseloads, and logs the reading", async () => {
    const supervisor = await world.openSession(world.orgA.supervisor);
    for (const caseId of [createId(), createId()])
      await asAdmin(request(world.app).put('/api/v1/admin/assignments'))
        .send({ caseId, userId: world.orgA.manager.id, assigned: true })
        .expect(200);
    const team = teamResponseSchema.parse(
      (
        await request(world.app)
          .get('/api/v1/team')
          .set('Authorization', `Bearer ${supervisor.token}`)
          .expect(200)
      ).body,
    );
    expect(team.members).toHaveLength(3);
    expect(team.members.find((m) => m.id === world.orgA.manager.id)?.assignedCases).toBe(2);
    expect(team.members.find((m) => m.id === world.orgA.admin.id)?.assignedCases).toBe(0);
    const row = await storage.db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: AuditAction.teamRead, actor_id: world.orgA.supervisor.id });
  });
});
