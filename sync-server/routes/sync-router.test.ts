import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, RefusalCode } from '../../src/core/index';
import { createTestDevice, newCaseChanges } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestWorld } from '../test-support/test-world';

describe.each(BACKENDS)('sync endpoint on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
  });
  afterEach(() => storage.dispose());

  async function deviceOf(user: TestWorld['orgA']['manager']) {
    const { token } = await world.openSession(user);
    return createTestDevice(world, token);
  }

  it('stores a new case from a manager, assigns it to them, and delivers it to the supervisor', async () => {
    const tablet = await deviceOf(world.orgA.manager);
    const { caseId, changes } = newCaseChanges(tablet.stamp());
    const pushed = await tablet.syncOk(changes);
    expect(pushed.accepted).toBe(2);
    expect(pushed.rows).toEqual([]);
    const office = await deviceOf(world.orgA.supervisor);
    const pulled = await office.syncOk();
    expect(pulled.rows.map((r) => r.id).sort()).toEqual(changes.map((c) => c.id).sort());
    const assignment = await storage.db
      .selectFrom('case_assignments')
      .selectAll()
      .where('case_id', '=', caseId)
      .execute();
    expect(assignment.map((a) => a.user_id)).toEqual([world.orgA.manager.id]);
  });

  it('keeps both sides of a concurrent edit: the winner in the record, the loser as a conflict', async () => {
    const first = await deviceOf(world.orgA.manager);
    const second = await deviceOf(world.orgA.manager);
    const { caseId, changes } = newCaseChanges(first.stamp());
    await first.syncOk(changes);
    await second.syncOk();
    const baseStamp = changes[0]!.stamp!;
    const older = first.stamp();
    world.clock.advance(1000);
    const newer = second.stamp();
    await first.syncOk([
      {
        table: 'caseFiles',
        id: caseId,
        scope: caseId,
        fields: { statusReason: 'Erster' },
        stamp: older,
        bases: { statusReason: baseStamp },
      },
    ]);
    const response = await second.syncOk([
      {
        table: 'caseFiles',
        id: caseId,
        scope: caseId,
        fields: { statusReason: 'Zweiter' },
        stamp: newer,
      },
    ]);
    const conflict = response.rows.find((r) => r.table === 'conflicts');
    expect(conflict?.fields).toMatchObject({
      recordId: caseId,
      field: 'statusReason',
      value: 'Erster',
      stamp: older,
    });
    const back = await first.syncOk();
    expect(back.rows.find((r) => r.id === caseId)?.fields).toEqual({ statusReason: 'Zweiter' });
    // The same push again changes nothing and makes no second conflict.
    const replay = await second.sync([
      {
        table: 'caseFiles',
        id: caseId,
        scope: caseId,
        fields: { statusReason: 'Zweiter' },
        stamp: newer,
      },
    ]);
    expect(replay.status).toBe(200);
    const conflicts = await storage.db
      .selectFrom('sync_records')
      .select('id')
      .where('tbl', '=', 'conflicts')
      .execute();
    expect(conflicts).toHaveLength(1);
  });

  it('refuses a whole push when one change is out of scope, and names it', async () => {
    const mine = await deviceOf(world.orgA.manager);
    const theirs = await deviceOf(world.orgB.manager);
    const foreign = newCaseChanges(theirs.stamp());
    await theirs.syncOk(foreign.changes);
    const own = newCaseChanges(mine.stamp());
    const response = await mine.sync([
      ...own.changes,
      { ...foreign.changes[1]!, stamp: mine.stamp() },
    ]);
    expect(response.status).toBe(403);
    expect(response.body.error.details).toEqual([
      expect.objectContaining({ path: 'changes.2', code: RefusalCode.notWritable }),
    ]);
    const stored = await storage.db
      .selectFrom('sync_records')
      .select('id')
      .where('org_id', '=', world.orgA.manager.orgId)
      .execute();
    expect(stored).toEqual([]);
  });

  it('refuses stamps from a clock far ahead with a message about the clock', async () => {
    const tablet = await deviceOf(world.orgA.manager);
    world.clock.advance(60 * 60_000);
    const ahead = tablet.stamp();
    world.clock.advance(-60 * 60_000);
    const response = await tablet.sync(newCaseChanges(ahead).changes);
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe(ErrorCode.clockAhead);
  });

  it('pages a large pull and ends with the last cursor', async () => {
    const tablet = await deviceOf(world.orgA.manager);
    for (let i = 0; i < 3; i++) await tablet.syncOk(newCaseChanges(tablet.stamp()).changes);
    const office = await deviceOf(world.orgA.supervisor);
    const first = await office.syncOk([], { pageSize: 4 });
    expect(first).toMatchObject({ more: true, remaining: 2 });
    const second = await office.syncOk([], { pageSize: 4 });
    expect(second).toMatchObject({ more: false, remaining: 0 });
    expect(first.rows.length + second.rows.length).toBe(6);
  });
});
