import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditAction, clientExportSchema, retentionReportSchema } from '../../src/core/index';
import { createTestDevice, newCaseChanges, type TestDevice } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestUser, type TestWorld } from '../test-support/test-world';

describe.each(BACKENDS)('GDPR rights of a client on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  let tablet: TestDevice;
  let managerToken: string;
  let clientId: string;
  let caseId: string;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage, { retentionDays: 365 });
    managerToken = (await world.openSession(world.orgA.manager)).token;
    tablet = createTestDevice(world, managerToken);
    const made = newCaseChanges(tablet.stamp());
    ({ clientId, caseId } = made);
    await tablet.syncOk(made.changes);
  });
  afterEach(() => storage.dispose());

  async function tokenOf(user: TestUser) {
    return (await world.openSession(user)).token;
  }

  async function auditActions() {
    const rows = await storage.db.selectFrom('audit_log').select('action').execute();
    return rows.map((r) => r.action);
  }

  it('exports the client’s data as JSON to their manager and logs it', async () => {
    const response = await request(world.app)
      .get(`/api/v1/clients/${clientId}/export`)
      .set('Authorization', `Bearer ${managerToken}`)
      .expect(200);
    const data = clientExportSchema.parse(response.body);
    expect(data.records.clients).toEqual([
      expect.objectContaining({ id: clientId, firstName: 'Testa' }),
    ]);
    expect(data.records.caseFiles).toEqual([expect.objectContaining({ id: caseId })]);
    expect(await auditActions()).toContain(AuditAction.clientExported);
  });

  it('exports a readable PDF', async () => {
    const response = await request(world.app)
      .get(`/api/v1/clients/${clientId}/export.pdf`)
      .set('Authorization', `Bearer ${await tokenOf(world.orgA.supervisor)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const body = response.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(2000);
  });

  it('refuses the export to the admin, to another organisation and for unknown ids alike', async () => {
    const foreign = await request(world.app)
      .get(`/api/v1/clients/${clientId}/export`)
      .set('Authorization', `Bearer ${await tokenOf(world.orgB.supervisor)}`)
      .expect(404);
    const unknown = await request(world.app)
      .get(`/api/v1/clients/0190b000-0000-7000-8000-00000000ffff/export`)
      .set('Authorization', `Bearer ${await tokenOf(world.orgB.supervisor)}`)
      .expect(404);
    expect(foreign.body).toEqual(unknown.body);
    await request(world.app)
      .get(`/api/v1/clients/${clientId}/export`)
      .set('Authorization', `Bearer ${await tokenOf(world.orgA.admin)}`)
      .expect(403);
  });

  it('erases a client everywhere: devices receive tombstones, and nothing of them stays on the server', async () => {
    await request(world.app)
      .post(`/api/v1/clients/${clientId}/erasure`)
      .set('Authorization', `Bearer ${managerToken}`)
      .send({ reference: 'Antrag 2026/17' })
      .expect(403);
    const erased = await request(world.app)
      .post(`/api/v1/clients/${clientId}/erasure`)
      .set('Authorization', `Bearer ${await tokenOf(world.orgA.supervisor)}`)
      .send({ reference: 'Antrag 2026/17' })
      .expect(200);
    expect(erased.body).toEqual({ erased: 2 });
    const pulled = await tablet.syncOk();
    expect(pulled.rows.map((r) => r.fields)).toEqual([
      { deleted: true, erased: true },
      { deleted: true, erased: true },
    ]);
    const stored = await storage.db.selectFrom('sync_records').select(['fields']).execute();
    expect(stored.map((r) => JSON.parse(r.fields) as unknown)).toEqual([
      { deleted: true, erased: true },
      { deleted: true, erased: true },
    ]);
    const log = await storage.db.selectFrom('sync_log').selectAll().execute();
    expect(JSON.stringify(log)).not.toContain('Testa');
    // A late edit from an offline tablet is taken and dropped; nothing comes back.
    await tablet.syncOk([
      {
        table: 'clients',
        id: clientId,
        scope: caseId,
        fields: { lastName: 'Neu' },
        stamp: tablet.stamp(),
      },
    ]);
    expect(
      JSON.parse(
        (
          await storage.db
            .selectFrom('sync_records')
            .select('fields')
            .where('id', '=', clientId)
            .executeTakeFirstOrThrow()
        ).fields,
      ),
    ).toEqual({ deleted: true, erased: true });
    expect(await auditActions()).toContain(AuditAction.clientErased);
  });

  it('purges cases closed longer ago than the retention period and reports them', async () => {
    const closed = newCaseChanges(tablet.stamp(), '2024-01-10');
    closed.changes[0]!.fields = {
      ...closed.changes[0]!.fields,
      status: 'closed',
      closedOn: '2024-06-30',
      statusReason: 'Ziele erreicht',
      statusSince: '2024-06-30',
    };
    await tablet.syncOk(closed.changes);
    const response = await request(world.app)
      .post('/api/v1/admin/retention/run')
      .set('Authorization', `Bearer ${await tokenOf(world.orgA.admin)}`)
      .expect(200);
    const report = retentionReportSchema.parse(response.body);
    expect(report.cases).toEqual([{ caseId: closed.caseId, closedOn: '2024-06-30', records: 2 }]);
    const open = await storage.db
      .selectFrom('sync_records')
      .select('erased')
      .where('scope', '=', caseId)
      .execute();
    expect(open.every((r) => r.erased === 0)).toBe(true);
    expect(await auditActions()).toContain(AuditAction.recordsPurged);
  });
});
