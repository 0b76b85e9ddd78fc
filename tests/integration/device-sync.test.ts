// Before anything that loads Dexie: it looks for IndexedDB when it loads.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECORD_TABLES } from '../../src/core/index';
import { db } from '../../src/db/database';
import { openCaseForNewClient } from '../../src/db/commands/open-case-for-new-client';
import { SettingKey, readSetting } from '../../src/db/local-settings';
import { createRecord, updateRecord } from '../../src/db/records/write-records';
import { discardRefused } from '../../src/db/sync/outbox-batch';
import { runSync } from '../../src/sync/run-sync';
import { loadRecords } from '../../sync-server/sync/record-store';
import { rotateEpoch } from '../../sync-server/sync/server-epoch';
import {
  BACKENDS,
  createTestStorage,
  type TestStorage,
} from '../../sync-server/test-support/test-storage';
import {
  createTestWorld,
  type TestUser,
  type TestWorld,
} from '../../sync-server/test-support/test-world';
import {
  createNodeDevice,
  serveForDevices,
  sessionUser,
  type NodeDevice,
} from '../support/node-device';

describe.each(BACKENDS)('devices syncing through the real engine on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  let served: { close(): Promise<void> };

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    // Real time: the devices' clocks are the machine's. (new Date() rather than
    // Date.now(), which a test may fake for the devices alone.)
    world = await createTestWorld(storage, { now: () => new Date() });
    served = await serveForDevices(world.app);
  });
  afterEach(async () => {
    await served.close();
    await storage.dispose();
  });

  async function device(name: string, user: TestUser): Promise<NodeDevice> {
    const { token } = await world.openSession(user, { deviceId: `device-${name}` });
    return createNodeDevice(name, sessionUser(user), token);
  }

  /** The server's record, as the store keeps it (organisation A). */
  async function storedRecord(id: string) {
    const record = (await loadRecords(storage.db, world.orgA.manager.orgId, [id])).get(id);
    if (!record) throw new Error(`the server has no record ${id}`);
    return record;
  }

  async function newCaseWithGoal(tablet: NodeDevice) {
    return tablet.use(async () => {
      const opened = await openCaseForNewClient(
        { firstName: 'Amara', lastName: 'Beispiel' },
        '2026-03-02',
      );
      if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
      const { caseId, planId } = opened.id;
      const goal = await createRecord('goals', {
        planId,
        caseId,
        lifeAreaKey: 'language',
        text: 'Deutschkurs B1 abschließen',
        priority: 'high',
        status: 'open',
      });
      if (!goal.ok) throw new Error(JSON.stringify(goal.issues));
      return { caseId, goalId: goal.id };
    });
  }

  /** A step of the client's for the goal, written on the tablet. */
  function newStep(tablet: NodeDevice, at: { caseId: string; goalId: string }, text: string) {
    return tablet.use(async () => {
      const goal = await db.goals.get(at.goalId);
      return createRecord('steps', {
        goalId: at.goalId,
        planId: goal!.planId,
        caseId: at.caseId,
        text,
        responsible: 'client',
      });
    });
  }

  it('brings a case made on one tablet to the other, and empties the outbox', async () => {
    const first = await device('a', world.orgA.manager);
    const second = await device('b', world.orgA.manager);
    const { caseId, goalId } = await newCaseWithGoal(first);
    expect(await first.use(runSync)).toEqual({ ok: true });
    expect(await first.use(() => db.localOutbox.count())).toBe(0);
    expect(await second.use(runSync)).toEqual({ ok: true });
    const goal = await second.use(() => db.goals.get(goalId));
    expect(goal).toMatchObject({ caseId, text: 'Deutschkurs B1 abschließen', scope: caseId });
    expect(await second.use(() => db.caseFiles.get(caseId))).toMatchObject({ status: 'open' });
  });

  it('stores a first sync of many pages (fetched while the one before is stored) row for row', async () => {
    const first = await device('a', world.orgA.manager);
    const second = await device('b', world.orgA.manager);
    for (let i = 0; i < 4; i++) await newCaseWithGoal(first);
    expect(await first.use(runSync)).toEqual({ ok: true });
    const sent = vi.spyOn(globalThis, 'fetch');
    expect(await second.use(() => runSync({ pageSize: 3 }))).toEqual({ ok: true });
    const records = (tablet: NodeDevice) =>
      tablet.use(async () =>
        Object.fromEntries(
          await Promise.all(
            RECORD_TABLES.map(async (table) => [table, await db.table(table).toArray()] as const),
          ),
        ),
      );
    const mine = await records(first);
    expect(Object.values(mine).flat().length).toBeGreaterThan(12);
    expect(await records(second)).toEqual(mine);
    const pages = Math.ceil(Object.values(mine).flat().length / 3);
    expect(sent.mock.calls.length).toBeGreaterThanOrEqual(pages);
    sent.mockRestore();
    // Nothing left to pull: the next run is one empty round trip.
    expect(await second.use(() => runSync({ pageSize: 3 }))).toEqual({ ok: true });
  });

  it('stops a first sync at a page that fails to store, keeping no later page, and goes on from there', async () => {
    const first = await device('a', world.orgA.manager);
    const second = await device('b', world.orgA.manager);
    for (let i = 0; i < 3; i++) await newCaseWithGoal(first);
    expect(await first.use(runSync)).toEqual({ ok: true });
    const stored = () =>
      second.use(async () => {
        const counts = await Promise.all(RECORD_TABLES.map((table) => db.table(table).count()));
        return counts.reduce((a, b) => a + b, 0);
      });
    // Each page ends by saving its cursor: the second page's transaction fails there.
    let pagesSaved = 0;
    const settings = second.database.localSettings;
    const save = settings.bulkPut.bind(settings);
    const saving = vi
      .spyOn(settings, 'bulkPut')
      .mockImplementation((...args: Parameters<typeof save>) => {
        if (++pagesSaved === 2) throw new Error('disk full');
        return save(...args);
      });
    await expect(second.use(() => runSync({ pageSize: 3 }))).rejects.toThrow('disk full');
    saving.mockRestore();
    // Only the first page is stored: the pages fetched ahead of the failure were not.
    expect(await stored()).toBe(3);

    expect(await second.use(() => runSync({ pageSize: 3 }))).toEqual({ ok: true });
    const all = (tablet: NodeDevice) =>
      tablet.use(() => Promise.all(RECORD_TABLES.map((table) => db.table(table).toArray())));
    expect(await all(second)).toEqual(await all(first));
  });

  it('keeps both edits of one goal and puts the losing target date in the conflict inbox on both', async () => {
    const first = await device('a', world.orgA.manager);
    const second = await device('b', world.orgA.manager);
    const { goalId } = await newCaseWithGoal(first);
    await first.use(runSync);
    await second.use(runSync);
    // Both offline: different fields, and the same one.
    await first.use(() =>
      updateRecord('goals', goalId, {
        text: 'Deutschkurs B1 mit Prüfung',
        targetDate: '2027-03-31',
      }),
    );
    await new Promise((r) => setTimeout(r, 5));
    await second.use(() =>
      updateRecord('goals', goalId, { status: 'inProgress', targetDate: '2027-06-30' }),
    );
    for (const tablet of [first, second, first])
      expect(await tablet.use(runSync)).toEqual({ ok: true });
    for (const tablet of [first, second]) {
      const goal = await tablet.use(() => db.goals.get(goalId));
      expect(goal, tablet.name).toMatchObject({
        text: 'Deutschkurs B1 mit Prüfung',
        status: 'inProgress',
        targetDate: '2027-06-30',
      });
      const conflicts = await tablet.use(() => db.conflicts.toArray());
      expect(conflicts, tablet.name).toEqual([
        expect.objectContaining({ recordId: goalId, field: 'targetDate', value: '2027-03-31' }),
      ]);
    }
  });

  it('takes from the outbox only what the server stored: an edit made while the push travels goes next time', async () => {
    const tablet = await device('a', world.orgA.manager);
    const { goalId } = await newCaseWithGoal(tablet);
    const waiting = await tablet.use(() => db.localOutbox.count());
    expect(waiting).toBeGreaterThan(2);
    const sent = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementationOnce(async (input, init) => {
      const answer = await sent(input, init);
      await updateRecord('goals', goalId, { status: 'achieved' }); // the push is stored, not yet acknowledged here
      return answer;
    });
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    spy.mockRestore();
    const left = await tablet.use(() => db.localOutbox.toArray());
    expect(left).toEqual([expect.objectContaining({ recordId: goalId, table: 'goals' })]);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect(await tablet.use(() => db.localOutbox.count())).toBe(0);
    expect((await storedRecord(goalId)).fields).toMatchObject({ status: 'achieved' });
  });

  it('keeps a change the server refuses, marked, and sends the rest', async () => {
    const tablet = await device('a', world.orgA.manager);
    const { caseId, goalId } = await newCaseWithGoal(tablet);
    await tablet.use(runSync);
    // The case is taken from this manager while the tablet is offline and edits it.
    await storage.db.deleteFrom('case_assignments').where('case_id', '=', caseId).execute();
    await tablet.use(() => updateRecord('goals', goalId, { status: 'achieved' }));
    const other = await newCaseWithGoal(tablet);
    const result = await tablet.use(runSync);
    expect(result).toEqual({ ok: false, failure: { kind: 'refused', count: 1 } });
    const outbox = await tablet.use(() => db.localOutbox.toArray());
    expect(outbox).toEqual([
      expect.objectContaining({
        recordId: goalId,
        refused: expect.objectContaining({ code: 'not_writable' }),
      }),
    ]);
    const stored = await storage.db
      .selectFrom('sync_records')
      .select('id')
      .where('scope', '=', other.caseId)
      .execute();
    expect(stored.length).toBeGreaterThan(0);
  });

  describe('a case taken from the manager while the tablet holds unsent changes to it', () => {
    /** As an admin does it (PUT /api/v1/admin/assignments), which tells the tablet to drop the case. */
    async function assign(caseId: string, user: TestUser, assigned: boolean) {
      const { token } = await world.openSession(world.orgA.admin, { deviceId: 'admin-desk' });
      const answer = await fetch('/api/v1/admin/assignments', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ caseId, userId: user.id, assigned }),
      });
      expect(answer.status).toBe(200);
    }

    async function keptCase() {
      const tablet = await device('a', world.orgA.manager);
      const { caseId, goalId } = await newCaseWithGoal(tablet);
      expect(await tablet.use(runSync)).toEqual({ ok: true });
      await assign(caseId, world.orgA.manager, false);
      await tablet.use(() => updateRecord('goals', goalId, { status: 'achieved' }));
      expect(await tablet.use(runSync)).toEqual({
        ok: false,
        failure: { kind: 'refused', count: 1 },
      });
      expect(await tablet.use(() => readSetting(SettingKey.keptScopes))).toEqual([caseId]);
      expect(await tablet.use(() => db.goals.get(goalId))).toBeDefined();
      return { tablet, caseId, goalId };
    }

    const refusedSeqs = (tablet: NodeDevice) =>
      tablet.use(async () => (await db.localOutbox.toArray()).map((entry) => entry.seq!));
    const rowsOfCase = (tablet: NodeDevice, caseId: string) =>
      tablet.use(async () => {
        const counts = await Promise.all(
          RECORD_TABLES.map((table) => db.table(table).where('scope').equals(caseId).count()),
        );
        return counts.reduce((a, b) => a + b, 0);
      });

    it('keeps it until the last of those changes is discarded, then removes it', async () => {
      const { tablet, caseId, goalId } = await keptCase();
      // A run that brings nothing else keeps it (the server does not list the case again).
      expect(await tablet.use(runSync)).toEqual({ ok: true });
      expect(await rowsOfCase(tablet, caseId)).toBeGreaterThan(0);
      // It can no longer be changed: the server would refuse that too.
      expect(await tablet.use(() => updateRecord('goals', goalId, { status: 'open' }))).toEqual({
        ok: false,
        issues: [{ path: '', key: 'caseTaken' }],
      });

      await tablet.use(async () => discardRefused(await refusedSeqs(tablet)));
      expect(await rowsOfCase(tablet, caseId)).toBe(0);
      expect(await tablet.use(() => readSetting(SettingKey.keptScopes))).toEqual([]);
    });

    it('forgets it when the case is given back, and keeps the case when its changes go', async () => {
      const { tablet, caseId, goalId } = await keptCase();
      await assign(caseId, world.orgA.manager, true);
      expect(await tablet.use(runSync)).toEqual({ ok: true });
      expect(await tablet.use(() => readSetting(SettingKey.keptScopes))).toEqual([]);

      await tablet.use(async () => discardRefused(await refusedSeqs(tablet)));
      expect(await tablet.use(() => db.goals.get(goalId))).toBeDefined();
      expect(await rowsOfCase(tablet, caseId)).toBeGreaterThan(0);
    });
  });

  describe('a refused change the supervisor gives up, in a case they still see', () => {
    /** A manager's case with a goal, on the manager's tablet and on the supervisor's. */
    async function teamCase() {
      const manager = await device('a', world.orgA.manager);
      const supervisor = await device('s', world.orgA.supervisor);
      const made = await newCaseWithGoal(manager);
      expect(await manager.use(runSync)).toEqual({ ok: true });
      expect(await supervisor.use(runSync)).toEqual({ ok: true });
      return { manager, supervisor, ...made };
    }
    const discardAll = (tablet: NodeDevice) =>
      tablet.use(async () =>
        discardRefused((await db.localOutbox.toArray()).map((entry) => entry.seq!)),
      );
    /** The record as the device keeps it, in the form the server keeps it. */
    const fieldsAndStamps = async (tablet: NodeDevice, id: string) => {
      const row = await tablet.use(() => db.goals.get(id));
      if (!row) return undefined;
      const { id: _id, orgId: _org, scope: _scope, stamps, ...fields } = row;
      return { fields, stamps };
    };

    it("takes the server's values back, also one the server got meanwhile, and keeps a later edit", async () => {
      const { manager, supervisor, goalId } = await teamCase();
      // The manager's edit reaches the server; the supervisor, offline, edits the same goal.
      await manager.use(() => updateRecord('goals', goalId, { status: 'inProgress' }));
      expect(await manager.use(runSync)).toEqual({ ok: true });
      await supervisor.use(() =>
        updateRecord('goals', goalId, { status: 'achieved', text: 'Deutschkurs B2' }),
      );
      expect(await supervisor.use(runSync)).toEqual({
        ok: false,
        failure: { kind: 'refused', count: 1 },
      });
      // Refused and kept: the tablet still shows its own values, stamped newer.
      expect(await supervisor.use(() => db.goals.get(goalId))).toMatchObject({
        status: 'achieved',
        text: 'Deutschkurs B2',
      });

      await discardAll(supervisor);
      expect(await supervisor.use(() => readSetting(SettingKey.refetch))).toEqual([
        { table: 'goals', id: goalId, fields: ['status', 'text'] },
      ]);
      // Given up, then another field edited before the next sync: that edit is not given up.
      await supervisor.use(() => updateRecord('goals', goalId, { priority: 'low' }));
      const sent = vi.spyOn(globalThis, 'fetch');
      expect(await supervisor.use(runSync)).toEqual({
        ok: false,
        failure: { kind: 'refused', count: 1 },
      });
      const body = sent.mock.calls[0]![1]!.body as string; // small: not gzipped
      const asked = JSON.parse(body) as { refetch?: unknown };
      sent.mockRestore();
      expect(asked.refetch).toEqual([{ table: 'goals', id: goalId }]);

      const server = await storedRecord(goalId);
      const local = await fieldsAndStamps(supervisor, goalId);
      expect(local!.fields).toMatchObject({
        status: 'inProgress',
        text: 'Deutschkurs B1 abschließen',
        priority: 'low',
      });
      for (const field of ['status', 'text'])
        expect(local!.stamps[field], field).toBe(server.stamps[field]);
      expect(local!.stamps.priority).not.toBe(server.stamps.priority);
      expect(await supervisor.use(() => readSetting(SettingKey.refetch))).toEqual([]);
      // The later edit waits, refused too (not their case), and nothing else is asked again.
      const left = await supervisor.use(() => db.localOutbox.toArray());
      expect(left).toEqual([
        expect.objectContaining({ fields: { priority: 'low' }, refused: expect.anything() }),
      ]);
    });

    it('removes a record the server never took', async () => {
      const { supervisor, caseId, goalId } = await teamCase();
      const step = await newStep(
        supervisor,
        { caseId, goalId },
        'Anmeldung bei der Volkshochschule',
      );
      if (!step.ok) throw new Error(JSON.stringify(step.issues));
      expect(await supervisor.use(runSync)).toMatchObject({ ok: false });
      await discardAll(supervisor);
      expect(await supervisor.use(() => db.steps.get(step.id))).toBeDefined();
      expect(await supervisor.use(runSync)).toEqual({ ok: true });
      expect(await supervisor.use(() => db.steps.get(step.id))).toBeUndefined();
      expect(await supervisor.use(() => db.localOutbox.count())).toBe(0);
      expect(await supervisor.use(() => readSetting(SettingKey.refetch))).toEqual([]);
      // The rest of the case is untouched.
      const server = await storedRecord(goalId);
      expect(await fieldsAndStamps(supervisor, goalId)).toEqual({
        fields: server.fields,
        stamps: server.stamps,
      });
    });
  });

  it('does not re-send a value given up after the server refused it as invalid to a server restored from a backup', async () => {
    const tablet = await device('a', world.orgA.manager);
    const { caseId, goalId } = await newCaseWithGoal(tablet);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    // A value an older version of the app let through, and the server's schema refuses.
    await tablet.use(() =>
      db.transaction('rw', [db.goals, db.localOutbox], async () => {
        const goal = await db.goals.get(goalId);
        const stamp = `${String(Date.now()).padStart(15, '0')}-0000-00000000000000aa`;
        await db.goals.put({
          ...goal!,
          status: 'forgotten' as 'open',
          stamps: { ...goal!.stamps, status: stamp },
        });
        await db.localOutbox.add({
          table: 'goals',
          recordId: goalId,
          scope: caseId,
          fields: { status: 'forgotten' },
          stamps: { status: stamp },
          bases: { status: goal!.stamps.status! },
          createdAt: new Date().toISOString(),
        });
      }),
    );
    expect(await tablet.use(runSync)).toEqual({
      ok: false,
      failure: { kind: 'refused', count: 1 },
    });
    await tablet.use(async () =>
      discardRefused((await db.localOutbox.toArray()).map((entry) => entry.seq!)),
    );
    await rotateEpoch(storage.db);
    // The run that re-sends ends with the last batch; the next one asks for the record back.
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect((await storedRecord(goalId)).fields).toMatchObject({ status: 'open' });
    expect(await tablet.use(() => db.goals.get(goalId))).toMatchObject({ status: 'open' });
  });

  it("follows the person's new role: a supervisor made a manager keeps only their own cases", async () => {
    const colleague = await device('a', world.orgA.manager);
    const theirs = await newCaseWithGoal(colleague);
    expect(await colleague.use(runSync)).toEqual({ ok: true });
    const office = await device('s', world.orgA.supervisor);
    const own = await newCaseWithGoal(office);
    expect(await office.use(runSync)).toEqual({ ok: true });
    expect(await office.use(() => db.goals.get(theirs.goalId))).toBeDefined();

    const { token } = await world.openSession(world.orgA.admin, { deviceId: 'admin-desk' });
    const changed = await fetch(`/api/v1/admin/users/${world.orgA.supervisor.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ role: 'manager' }),
    });
    expect(changed.status).toBe(200);
    expect(await office.use(runSync)).toEqual({ ok: true });
    expect(await office.use(() => db.goals.get(theirs.goalId))).toBeUndefined();
    expect(await office.use(() => db.caseFiles.get(theirs.caseId))).toBeUndefined();
    expect(await office.use(() => db.goals.get(own.goalId))).toBeDefined();
  });

  it('tells a tablet whose date is an hour ahead, and sends its changes once the clock is right', async () => {
    const tablet = await device('a', world.orgA.manager);
    const realNow = Date.now;
    const wrongClock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 60 * 60_000);
    const { goalId } = await newCaseWithGoal(tablet);
    const refused = await tablet.use(runSync);
    expect(refused).toMatchObject({
      ok: false,
      failure: { kind: 'error', status: 409, code: 'clock_ahead' },
    });
    const queued = await tablet.use(() => db.localOutbox.toArray());
    expect(queued.some((e) => e.recordId === goalId && !e.refused)).toBe(true);
    wrongClock.mockRestore();
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect(await tablet.use(() => db.localOutbox.count())).toBe(0);
    const stored = await storedRecord(goalId);
    const wallMs = Number(Object.values(stored.stamps)[0]!.slice(0, 15));
    expect(wallMs).toBeLessThan(Date.now() + 60_000);
    const local = await tablet.use(() => db.goals.get(goalId));
    expect(Object.values(local!.stamps)).toEqual(Object.values(stored.stamps));
  });

  it('removes an erased case from the tablet, with what it wrote there offline meanwhile', async () => {
    const tablet = await device('a', world.orgA.manager);
    const { caseId, goalId } = await newCaseWithGoal(tablet);
    await tablet.use(runSync);
    const client = await tablet.use(() => db.caseFiles.get(caseId));
    const { token } = await world.openSession(world.orgA.supervisor);
    const erased = await fetch(`/api/v1/clients/${client!.clientId}/erasure`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reference: 'Antrag 2026/31' }),
    });
    expect(erased.status).toBe(200);
    // Offline, before it knows: a new step in that case, and an edit.
    await tablet.use(() => updateRecord('goals', goalId, { text: 'Wohnung in Heidelberg finden' }));
    const step = await newStep(tablet, { caseId, goalId }, 'Besichtigung in Heidelberg');
    expect(step.ok).toBe(true);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    expect(await tablet.use(() => db.steps.count())).toBe(0);
    const left = await tablet.use(async () =>
      (
        await Promise.all(
          ['clients', 'caseFiles', 'plans', 'goals', 'indicators'].map((t) =>
            db.table<Record<string, unknown>, string>(t).where('scope').equals(caseId).toArray(),
          ),
        )
      ).flat(),
    );
    expect(left.length).toBeGreaterThan(0);
    for (const row of left)
      expect(Object.keys(row).sort()).toEqual([
        'deleted',
        'erased',
        'id',
        'orgId',
        'scope',
        'stamps',
      ]);
    expect(await tablet.use(() => db.localOutbox.count())).toBe(0);
    expect(JSON.stringify(left)).not.toContain('Heidelberg');
  });

  it('re-sends everything after the server got a new epoch, and loses nothing', async () => {
    const tablet = await device('a', world.orgA.manager);
    const { goalId } = await newCaseWithGoal(tablet);
    await tablet.use(runSync);
    const before = await storage.db
      .selectFrom('sync_records')
      .select(['id', 'stamps'])
      .orderBy('id')
      .execute();
    await storage.db.deleteFrom('sync_records').where('id', '=', goalId).execute();
    await rotateEpoch(storage.db);
    expect(await tablet.use(runSync)).toEqual({ ok: true });
    const after = await storage.db
      .selectFrom('sync_records')
      .select(['id', 'stamps'])
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
    expect(
      await storage.db
        .selectFrom('sync_records')
        .select('id')
        .where('tbl', '=', 'conflicts')
        .execute(),
    ).toEqual([]);
  });
});
