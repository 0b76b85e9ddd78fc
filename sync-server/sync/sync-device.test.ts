import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditAction } from '../../src/core/index';
import { createTestDevice, newCaseChanges } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestWorld } from '../test-support/test-world';

/** Who read what (DESIGN.md, security): a supervisor's pull reads other people's cases. */
describe.each(BACKENDS)('the audit of sync on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
  });
  afterEach(() => storage.dispose());

  const pulls = () =>
    storage.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', AuditAction.recordsPulled)
      .orderBy('seq')
      .execute();

  it('logs a supervisor’s pull as records.pulled and a manager’s sync not at all', async () => {
    const manager = await world.openSession(world.orgA.manager);
    const tablet = createTestDevice(world, manager.token);
    await tablet.syncOk(newCaseChanges(tablet.stamp()).changes);
    await tablet.syncOk(newCaseChanges(tablet.stamp()).changes);
    await createTestDevice(world, manager.token).syncOk();
    expect(await pulls()).toEqual([]);

    const supervisor = await world.openSession(world.orgA.supervisor);
    const office = createTestDevice(world, supervisor.token);
    const pulled = await office.syncOk();
    expect(pulled.rows).toHaveLength(4);
    const entries = await pulls();
    expect(entries).toEqual([
      expect.objectContaining({
        actor_id: world.orgA.supervisor.id,
        session_id: supervisor.sessionId,
        org_id: world.orgA.supervisor.orgId,
      }),
    ]);
    expect(JSON.parse(entries[0]!.details)).toMatchObject({ rows: 4, after: 0 });
  });

  it('logs records a supervisor asks back whole, also when nothing else comes', async () => {
    const manager = await world.openSession(world.orgA.manager);
    const made = newCaseChanges(createTestDevice(world, manager.token).stamp());
    await createTestDevice(world, manager.token).syncOk(made.changes);
    const supervisor = await world.openSession(world.orgA.supervisor);
    const office = createTestDevice(world, supervisor.token);
    await office.syncOk();
    const refetch = [{ table: 'clients' as const, id: made.clientId }];
    const answer = await office.syncOk([], { refetch });
    expect(answer.rows).toEqual([]);
    expect(answer.refetched).toHaveLength(1);
    const entries = await pulls();
    expect(entries).toHaveLength(2);
    expect(JSON.parse(entries[1]!.details)).toMatchObject({ rows: 0, refetched: 1 });
  });
});
