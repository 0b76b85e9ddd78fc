import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode, RefusalCode, SYNC_PROTOCOL_VERSION } from '../../src/core/index';
import { createTestDevice, newCaseChanges, type TestDevice } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestWorld } from '../test-support/test-world';

/** A small sync body limit, so that a test can go over it cheaply. */
const SYNC_BODY_LIMIT = 64 * 1024;

describe.each(BACKENDS)('sync endpoint on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage, { syncBodyLimit: SYNC_BODY_LIMIT });
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

  it('sends none of a push’s own values back, but what another device changed in the same record', async () => {
    const first = await deviceOf(world.orgA.manager);
    const second = await deviceOf(world.orgA.manager);
    const { caseId, changes } = newCaseChanges(first.stamp());
    await first.syncOk(changes);
    await second.syncOk();
    const edit = (device: TestDevice, field: string, value: unknown, base: string) => {
      const change = { table: 'caseFiles' as const, id: caseId, scope: caseId };
      return {
        ...change,
        fields: { [field]: value },
        stamp: device.stamp(),
        bases: { [field]: base },
      };
    };
    const created = changes[0]!.stamp!;
    await second.syncOk([edit(second, 'statusReason', 'Vom zweiten Gerät', created)]);

    // The first device's own push brings the second device's field along, and only that.
    const firstEdit = edit(first, 'statusSince', '2026-02-01', created);
    const mixed = await first.syncOk([firstEdit]);
    expect(mixed.rows.map((r) => [r.id, r.fields])).toEqual([
      [caseId, { statusReason: 'Vom zweiten Gerät' }],
    ]);
    // Now it holds everything else of the record: its next push gets nothing back.
    const own = await first.syncOk([edit(first, 'statusSince', '2026-02-02', firstEdit.stamp)]);
    expect(own.rows).toEqual([]);
    const back = await second.syncOk();
    expect(back.rows.map((r) => [r.id, r.fields])).toEqual([
      [caseId, { statusSince: '2026-02-02' }],
    ]);
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

  describe('a date entered as today just after midnight in Germany', () => {
    afterEach(() => vi.useRealTimers());

    it('is taken while the server’s own clock is still on the day before; the day after is not', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      // 00:30 in Berlin, 23:30 the day before in UTC (the server's time zone here).
      const night = new Date('2026-11-24T23:30:00Z');
      vi.setSystemTime(night);
      world.clock.advance(night.getTime() - world.clock.now().getTime()); // the server's clock
      const tablet = await deviceOf(world.orgA.manager);
      const tonight = await tablet.sync(newCaseChanges(tablet.stamp(), '2026-11-25').changes);
      expect(tonight.status).toBe(200);
      const later = await tablet.sync(newCaseChanges(tablet.stamp(), '2026-11-26').changes);
      expect(later.status).toBe(400);
      expect(JSON.stringify(later.body.error.details)).toMatch(/openedOn/);
    });
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

  describe('a body it cannot read', () => {
    async function counts() {
      const records = await storage.db.selectFrom('sync_records').select('id').execute();
      const log = await storage.db.selectFrom('sync_log').select('seq').execute();
      return { records: records.length, log: log.length };
    }

    async function post(body: string, contentType = 'application/json') {
      const { token } = await world.openSession(world.orgA.manager);
      return request(world.app)
        .post('/api/v1/sync')
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', contentType)
        .send(body);
    }

    it('answers malformed JSON with 400 and stores nothing', async () => {
      const tablet = await deviceOf(world.orgA.manager);
      await tablet.syncOk(newCaseChanges(tablet.stamp()).changes);
      const before = await counts();
      const { changes } = newCaseChanges(tablet.stamp());
      const body = JSON.stringify({
        protocol: SYNC_PROTOCOL_VERSION,
        epoch: null,
        cursor: null,
        changes,
      });
      const response = await post(body.slice(0, -2));
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe(ErrorCode.malformedJson);
      expect(await counts()).toEqual(before);
    });

    it('answers a body over the sync limit with 413 and stores nothing', async () => {
      const tablet = await deviceOf(world.orgA.manager);
      const before = await counts();
      const { changes } = newCaseChanges(tablet.stamp());
      changes[1]!.fields.note = 'x'.repeat(SYNC_BODY_LIMIT);
      const response = await tablet.sync(changes);
      expect(response.status).toBe(413);
      expect(response.body.error.code).toBe(ErrorCode.payloadTooLarge);
      expect(await counts()).toEqual(before);
      // Just under the limit is read (and then judged on its merits).
      changes[1]!.fields.note = 'x'.repeat(SYNC_BODY_LIMIT - 2048);
      expect((await tablet.sync(changes)).status).not.toBe(413);
    });

    it('asks for JSON and for POST', async () => {
      const response = await post('protocol=1', 'application/x-www-form-urlencoded');
      expect(response.status).toBe(415);
      const { token } = await world.openSession(world.orgA.manager);
      const get = await request(world.app)
        .get('/api/v1/sync')
        .set('Authorization', `Bearer ${token}`);
      expect(get.status).toBe(405);
      expect(get.headers.allow).toBe('POST');
    });
  });
});
