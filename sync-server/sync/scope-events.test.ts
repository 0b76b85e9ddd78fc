import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RefusalCode, type PulledRow, type PushedChange } from '../../src/core/index';
import { createTestDevice, newCaseChanges } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestUser, type TestWorld } from '../test-support/test-world';
import { addSecondManager } from '../test-support/second-manager';

/**
 * Reassigning a case (DESIGN.md, partial replication): the new manager's
 * device receives the case's whole history, whatever its cursor; the old
 * manager's device is told to drop the case and may no longer write to it.
 */
describe.each(BACKENDS)('reassigning a case on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  let secondManager: TestUser;
  let asAdmin: (test: request.Test) => request.Test;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
    secondManager = await addSecondManager(world);
    const { token } = await world.openSession(world.orgA.admin);
    asAdmin = (test) => test.set('Authorization', `Bearer ${token}`);
  });
  afterEach(() => storage.dispose());

  async function deviceOf(user: TestUser) {
    const { token } = await world.openSession(user);
    return createTestDevice(world, token);
  }

  const assign = (caseId: string, userId: string, assigned: boolean) =>
    asAdmin(request(world.app).put('/api/v1/admin/assignments'))
      .send({ caseId, userId, assigned })
      .expect(200);

  /** Rows by id, for comparing what two pulls delivered of one case. */
  const byId = (rows: readonly PulledRow[], scope: string) =>
    Object.fromEntries(rows.filter((r) => r.scope === scope).map((r) => [r.id, r]));

  it('moves the whole history to the new manager and drops it from the old one', async () => {
    const old = await deviceOf(world.orgA.manager);
    const next = await deviceOf(secondManager);
    const { caseId, clientId, changes } = newCaseChanges(old.stamp());
    await old.syncOk(changes);
    const edit = (stamp: string, reason: string): PushedChange => ({
      table: 'caseFiles',
      id: caseId,
      scope: caseId,
      fields: { statusReason: reason },
      stamp,
    });
    await old.syncOk([edit(old.stamp(), 'Erstgespräch geführt')]);
    await old.syncOk([
      {
        table: 'clients',
        id: clientId,
        scope: caseId,
        fields: { nationality: 'Fiktivien' },
        stamp: old.stamp(),
      },
    ]);
    // The new manager's cursor is already past every row of the case.
    const before = await next.syncOk();
    expect(before.rows).toEqual([]);
    const seqs = await storage.db
      .selectFrom('sync_records')
      .select('seq')
      .where('scope', '=', caseId)
      .execute();
    expect(Number(before.cursor.split('.')[0])).toBeGreaterThanOrEqual(
      Math.max(...seqs.map((s) => Number(s.seq))),
    );

    await assign(caseId, secondManager.id, true);
    await assign(caseId, world.orgA.manager.id, false);

    const handedOver = await next.syncOk();
    const office = await (await deviceOf(world.orgA.supervisor)).syncOk();
    expect(Object.keys(byId(handedOver.rows, caseId)).sort()).toEqual([caseId, clientId].sort());
    // Every field with its stamp, exactly what a device pulling from scratch gets.
    expect(byId(handedOver.rows, caseId)).toEqual(byId(office.rows, caseId));
    expect(byId(handedOver.rows, caseId)[caseId]?.fields).toMatchObject({
      caseNumber: changes[0]!.fields.caseNumber,
      statusReason: 'Erstgespräch geführt',
    });
    expect(handedOver.drop).toEqual([]);

    const taken = await old.syncOk();
    expect(taken.drop).toEqual([caseId]);
    expect(taken.rows.filter((r) => r.scope === caseId)).toEqual([]);
    const refused = await old.sync([edit(old.stamp(), 'Noch ein Versuch')]);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ path: 'changes.0', code: RefusalCode.notWritable }),
    ]);
    // The drop is told once; the new manager now writes to the case.
    expect((await old.syncOk()).drop).toEqual([]);
    // The test device does not feed pulled stamps into its clock, so let time pass instead.
    world.clock.advance(1000);
    const base = handedOver.rows.find((r) => r.id === caseId)!;
    const written = await next.syncOk([
      {
        ...edit(next.stamp(), 'Übernommen'),
        bases: { statusReason: base.stamps?.statusReason ?? base.stamp! },
      },
    ]);
    expect(written.accepted).toBe(1);
    const conflicts = await storage.db
      .selectFrom('sync_records')
      .select('id')
      .where('tbl', '=', 'conflicts')
      .execute();
    expect(conflicts).toEqual([]);
  });

  it('keeps the case on the old manager’s device when it is given back before they sync', async () => {
    const old = await deviceOf(world.orgA.manager);
    const { caseId, changes } = newCaseChanges(old.stamp());
    await old.syncOk(changes);
    await assign(caseId, world.orgA.manager.id, false);
    await assign(caseId, world.orgA.manager.id, true);
    const back = await old.syncOk();
    expect(back.drop).toEqual([]);
    const written = await old.sync([
      {
        table: 'caseFiles',
        id: caseId,
        scope: caseId,
        fields: { statusReason: 'Wieder da' },
        stamp: old.stamp(),
      },
    ]);
    expect(written.status).toBe(200);
  });
});

/** Another manager of org A, made through the admin API as an admin would. */
