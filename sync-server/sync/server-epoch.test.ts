import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  compactStamps,
  expandStamps,
  syncResponseSchema,
  type PulledRow,
  type PushedChange,
} from '../../src/core/index';
import { openStorage, type Storage } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { createApp } from '../server';
import { silentLogger } from '../test-support/silent-logger';
import { createTestDevice, newCaseChanges, type TestDevice } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { CHEAP_COST, createTestWorld, type TestWorld } from '../test-support/test-world';
import { readEpoch, rotateEpoch } from './server-epoch';

/** Each pulled record with a stamp per field: two pulls are equal when they hold the same data. */
function snapshot(rows: readonly PulledRow[]) {
  return Object.fromEntries(
    rows.map((r) => [
      r.id,
      {
        table: r.table,
        scope: r.scope,
        fields: r.fields,
        stamps: expandStamps(Object.keys(r.fields), r),
      },
    ]),
  );
}

/** What a device holds after pushing `changes`: per record, each field's newest value and stamp. */
function deviceState(changes: readonly PushedChange[]): PushedChange[] {
  const records = new Map<
    string,
    Omit<PushedChange, 'stamp'> & { stamps: Record<string, string> }
  >();
  for (const change of changes) {
    const stamps = expandStamps(Object.keys(change.fields), change);
    const record = records.get(change.id) ?? {
      table: change.table,
      id: change.id,
      scope: change.scope,
      fields: {},
      stamps: {},
    };
    for (const [name, value] of Object.entries(change.fields)) {
      const known = record.stamps[name];
      if (known !== undefined && known > stamps[name]!) continue;
      record.fields[name] = value;
      record.stamps[name] = stamps[name]!;
    }
    records.set(change.id, record);
  }
  return [...records.values()].map(({ stamps, ...record }) => ({
    ...record,
    ...compactStamps(stamps),
  }));
}

/** The re-send after a reset: the whole state, flagged, from a null cursor. */
async function resend(device: TestDevice, changes: PushedChange[]) {
  device.state.cursor = null;
  const response = await device.sync(changes, { resend: true });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const body = syncResponseSchema.parse(response.body);
  device.state.epoch = body.epoch;
  device.state.cursor = body.cursor;
  return body;
}

async function conflictCount(storage: Storage) {
  const rows = await storage.db
    .selectFrom('sync_records')
    .select('id')
    .where('tbl', '=', 'conflicts')
    .execute();
  return rows.length;
}

async function logCount(storage: Storage) {
  return (await storage.db.selectFrom('sync_log').select('seq').execute()).length;
}

describe.each(BACKENDS)('the server epoch on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  let tablet: TestDevice;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
    const { token } = await world.openSession(world.orgA.manager);
    tablet = createTestDevice(world, token);
  });
  afterEach(() => storage.dispose());

  it('resets a device whose epoch is stale, and syncs normally once it re-sent', async () => {
    const { caseId, changes } = newCaseChanges(tablet.stamp());
    await tablet.syncOk(changes);
    const old = tablet.state.epoch;
    const next = await rotateEpoch(storage.db);
    expect(next).not.toBe(old);
    expect(await readEpoch(storage.db)).toBe(next);

    const told = await tablet.syncOk();
    expect(told).toMatchObject({ reset: true, epoch: next, cursor: '0', rows: [], accepted: 0 });
    const logged = await logCount(storage);
    const resent = await resend(tablet, deviceState(changes));
    expect(resent).toMatchObject({ reset: false, epoch: next, accepted: 2 });
    // The server had all of it: nothing new in the log, no conflicts.
    expect(await logCount(storage)).toBe(logged);
    expect(await conflictCount(storage)).toBe(0);
    const edited = await tablet.syncOk([
      {
        table: 'caseFiles',
        id: caseId,
        scope: caseId,
        fields: { statusReason: 'Nach dem Neustart' },
        stamp: tablet.stamp(),
      },
    ]);
    expect(edited).toMatchObject({ reset: false, accepted: 1 });
  });

  it('resets a device with an epoch it never had, without changing its own', async () => {
    await tablet.syncOk();
    const own = await readEpoch(storage.db);
    tablet.state.epoch = '0190ffff-0000-7000-8000-000000000000';
    const told = await tablet.syncOk();
    expect(told).toMatchObject({ reset: true, epoch: own });
    expect(await readEpoch(storage.db)).toBe(own);
  });

  it('resets a device whose cursor this history never issued', async () => {
    await tablet.syncOk(newCaseChanges(tablet.stamp()).changes);
    tablet.state.cursor = `${tablet.state.cursor!.split('.')[0]}.00000000`;
    expect((await tablet.syncOk()).reset).toBe(true);
  });

  it('refuses a cursor that is not one of its own', async () => {
    await tablet.syncOk();
    tablet.state.cursor = 'gestern';
    const response = await tablet.sync();
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/cursor/);
  });
});

describe('a server restored from a backup of its SQLite file', () => {
  let dir: string;
  const opened: TestStorage[] = [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-restore-'));
  });
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function openFile(file: string): Promise<TestStorage> {
    const storage = openStorage({ kind: 'sqlite', file });
    const migrated = await migrateToLatest(storage);
    if (!migrated.ok) throw migrated.error;
    let open = true;
    const handle = {
      ...storage,
      async dispose() {
        if (open) await storage.db.destroy();
        open = false;
      },
    };
    opened.push(handle);
    return handle;
  }

  /** An operator's backup: everything in the main file (WAL folded in), then a plain copy. */
  async function backUp(storage: Storage, from: string, to: string) {
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(storage.db);
    fs.copyFileSync(from, to);
  }

  it('makes devices re-send, and ends up with everything they had, without conflicts', async () => {
    const liveFile = path.join(dir, 'lotse.sqlite');
    const backupFile = path.join(dir, 'backup.sqlite');
    const live = await openFile(liveFile);
    const world = await createTestWorld(live);
    // Sessions live in the database too: open them all before the backup.
    const tablet = createTestDevice(world, (await world.openSession(world.orgA.manager)).token);
    const office = createTestDevice(world, (await world.openSession(world.orgA.supervisor)).token);
    const spareToken = (await world.openSession(world.orgA.supervisor)).token;
    const pushed: PushedChange[] = [];
    const push = (changes: PushedChange[]) => {
      pushed.push(...changes);
      return tablet.syncOk(changes);
    };

    const first = newCaseChanges(tablet.stamp());
    await push(first.changes);
    await office.syncOk();
    await backUp(live, liveFile, backupFile);

    await push(newCaseChanges(tablet.stamp()).changes);
    await push([
      {
        table: 'caseFiles',
        id: first.caseId,
        scope: first.caseId,
        fields: { statusReason: 'Nach der Sicherung', tags: ['Wohnen'] },
        stamp: tablet.stamp(),
        // Replaces tags the device had seen. The re-sent state carries no bases: only
        // `resend` keeps the server from taking that for a concurrent edit.
        bases: { tags: first.changes[0]!.stamp! },
      },
    ]);
    await office.syncOk();
    const before = snapshot((await createTestDevice(world, spareToken).syncOk()).rows);
    expect(Object.keys(before)).toHaveLength(4);
    const oldEpoch = tablet.state.epoch;
    await live.dispose();

    const restored = await openFile(backupFile);
    world.app = createApp({
      storage: restored,
      logger: silentLogger,
      passwordCost: CHEAP_COST,
      now: world.clock.now,
    });
    const told = await tablet.syncOk();
    expect(told).toMatchObject({ reset: true, cursor: '0', rows: [] });
    // Only devices whose cursors the restored store does not know are reset; the epoch stays.
    expect(told.epoch).toBe(oldEpoch);
    // The office's cursor is from the lost history as well.
    expect(await office.syncOk()).toMatchObject({ reset: true, epoch: told.epoch });

    const state = deviceState(pushed);
    const resent = await resend(tablet, state);
    expect(resent).toMatchObject({ reset: false, accepted: state.length });
    expect(await conflictCount(restored)).toBe(0);
    const fresh = await createTestDevice(world, spareToken).syncOk();
    expect(snapshot(fresh.rows)).toEqual(before);
    expect(snapshot((await office.syncOk()).rows)).toEqual(before);
    // The case made after the backup is the manager's again.
    expect((await tablet.syncOk()).drop).toEqual([]);
  });

  it('npm run server:new-epoch gives a store a new epoch', async () => {
    const file = path.join(dir, 'lotse.sqlite');
    const storage = await openFile(file);
    const old = await readEpoch(storage.db);
    await storage.dispose();

    const { DATABASE_URL: _ignored, ...env } = process.env;
    const run = (dataDir: string) =>
      promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['scripts/new-epoch.ts'], {
        env: { ...env, DATA_DIR: dataDir },
      });
    // Both at once: each start of tsx takes a second.
    const [done, missing] = await Promise.allSettled([run(dir), run(path.join(dir, 'nowhere'))]);
    const reopened = await openFile(file);
    const next = await readEpoch(reopened.db);
    expect(next).not.toBe(old);
    expect(done).toMatchObject({
      status: 'fulfilled',
      value: { stdout: expect.stringContaining(`${old} → ${next}`) },
    });
    // A wrong DATA_DIR fails and leaves no empty database behind.
    expect(missing).toMatchObject({ status: 'rejected', reason: { code: 1 } });
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false);
  });
});
