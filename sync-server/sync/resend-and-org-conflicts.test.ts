import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createId, PARTNER_TYPES, type PushedChange } from '../../src/core/index';

const PARTNER_TYPE = PARTNER_TYPES[0];
import { createTestDevice, newCaseChanges } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestWorld } from '../test-support/test-world';

describe.each(BACKENDS)('re-sends and organisation-wide conflicts on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
  });
  afterEach(() => storage.dispose());

  async function deviceOf(user: TestWorld['orgA']['manager']) {
    return createTestDevice(world, (await world.openSession(user)).token);
  }

  function partner(id: string, name: string, stamp: string, base?: string): PushedChange {
    return {
      table: 'partners',
      id,
      scope: 'org',
      stamp,
      fields: { name, type: PARTNER_TYPE, languages: [] },
      ...(base ? { bases: { name: base } } : {}),
    };
  }

  it('lets a supervisor re-send everything it holds: what it may not write is skipped, not refused', async () => {
    const manager = await deviceOf(world.orgA.manager);
    const made = newCaseChanges(manager.stamp());
    await manager.syncOk(made.changes);
    const office = await deviceOf(world.orgA.supervisor);
    const pulled = await office.syncOk();
    const resent: PushedChange[] = pulled.rows.map((row) => ({ ...row, stamps: row.stamps }));
    const response = await office.sync(resent, { resend: true });
    expect(response.status).toBe(200);
    const log = await storage.db.selectFrom('sync_log').select('seq').execute();
    expect(log).toHaveLength(2);
  });

  it('keeps a lost partner name as a conflict of the organisation, which a manager can resolve', async () => {
    const first = await deviceOf(world.orgA.manager);
    const second = await deviceOf(world.orgA.supervisor);
    const id = createId();
    const created = first.stamp();
    await first.syncOk([partner(id, 'Sprachschule Nord', created)]);
    await second.syncOk();
    const lateStamp = first.stamp();
    world.clock.advance(1000);
    await second.syncOk([
      {
        table: 'partners',
        id,
        scope: 'org',
        fields: { name: 'Sprachschule Nordstadt' },
        stamp: second.stamp(),
        bases: { name: created },
      },
    ]);
    const answer = await first.syncOk([
      {
        table: 'partners',
        id,
        scope: 'org',
        fields: { name: 'Sprachschule N.' },
        stamp: lateStamp,
        bases: { name: created },
      },
    ]);
    const conflict = answer.rows.find((r) => r.table === 'conflicts');
    expect(conflict).toMatchObject({
      scope: 'org',
      fields: expect.objectContaining({ value: 'Sprachschule N.' }),
    });
    const resolved = await first.sync([
      {
        table: 'conflicts',
        id: conflict!.id,
        scope: 'org',
        fields: {
          resolution: 'dismissed',
          resolvedAt: new Date().toISOString(),
          resolvedByName: 'Testa',
        },
        stamp: first.stamp(),
      },
    ]);
    expect(resolved.status).toBe(200);
  });
});
