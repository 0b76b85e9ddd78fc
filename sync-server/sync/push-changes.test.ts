import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createId,
  createNodeId,
  encodeHlc,
  ErrorCode,
  MAX_PUSH_CHANGES,
  ORG_SCOPE,
  RefusalCode,
  type PushedChange,
} from '../../src/core/index';
import type { Storage } from '../db/database';
import { createApp } from '../server';
import { silentLogger } from '../test-support/silent-logger';
import { createTestDevice, newCaseChanges, type TestDevice } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { CHEAP_COST, createTestWorld, type TestWorld } from '../test-support/test-world';

/** What a refused push must leave exactly as it was. */
async function storeState(storage: Storage) {
  const { db } = storage;
  const records = await db.selectFrom('sync_records').selectAll().orderBy('id').execute();
  const log = await db.selectFrom('sync_log').select(['org_id', 'seq']).execute();
  const assignments = await db.selectFrom('case_assignments').selectAll().execute();
  const sequences = await db.selectFrom('sync_sequences').selectAll().orderBy('org_id').execute();
  return { records, logRows: log.length, assignments: assignments.length, sequences };
}

interface Known {
  caseId: string;
  clientId: string;
  /** The stamp every field of the known case was created with. */
  created: string;
  stamp: () => string;
}

/** A push the device may not make, what it is answered, and a word the message must name. */
interface BadChange {
  name: string;
  status: number;
  names: RegExp;
  /** The refusal's path lies under `changes.<i>`: exactly it (check-change) or a field of it (schema). */
  change: (known: Known) => unknown;
}

const BAD_CHANGES: readonly BadChange[] = [
  {
    name: 'a field value of the wrong type',
    status: 400,
    names: /status/,
    change: (k) => edit(k, { status: 42 }),
  },
  {
    name: 'a text field with a control character',
    status: 400,
    names: /statusReason/,
    change: (k) => edit(k, { statusReason: 'Zeile\u0000Ende' }),
  },
  {
    name: 'a deletion that is not true or false',
    status: 400,
    names: /deleted/,
    change: (k) => edit(k, { deleted: 'ja' }),
  },
  {
    name: 'a field the record type does not have',
    status: 400,
    names: /favouriteColour/,
    change: (k) => edit(k, { favouriteColour: 'blau' }),
  },
  {
    name: 'an unknown table',
    status: 400,
    names: /secrets|table/,
    change: (k) => ({ ...edit(k, { statusReason: 'x' }), table: 'secrets' }),
  },
  {
    name: 'a stamp that is no HLC stamp',
    status: 400,
    names: /HLC|stamp/,
    change: (k) => ({ ...edit(k, { statusReason: 'x' }), stamp: '2026-01-01T00:00:00Z' }),
  },
  {
    name: 'a record id reused with another table',
    status: 400,
    names: /caseFiles/,
    change: (k) => ({
      table: 'clients',
      id: k.caseId,
      scope: k.caseId,
      fields: { firstName: 'Testa', lastName: 'Doppelt' },
      stamp: k.stamp(),
    }),
  },
  {
    name: 'a record moved into another case',
    status: 400,
    names: /another scope/,
    change: (k) => ({
      table: 'clients',
      id: k.clientId,
      scope: NEW_CASE_IN_BATCH,
      fields: { nationality: 'Fiktivien' },
      stamp: k.stamp(),
    }),
  },
  {
    name: 'a goal in the scope "org"',
    status: 400,
    names: /goals.*case/,
    change: (k) => ({
      table: 'goals',
      id: createId(),
      scope: ORG_SCOPE,
      fields: {
        planId: createId(),
        caseId: k.caseId,
        lifeAreaKey: 'language',
        text: 'Deutsch B1',
        priority: 'high',
        status: 'open',
      },
      stamp: k.stamp(),
    }),
  },
  {
    name: 'an organisation-wide record in a case',
    status: 400,
    names: /partners.*org/,
    change: (k) => ({
      table: 'partners',
      id: createId(),
      scope: k.caseId,
      fields: { name: 'Sprachschule', type: 'languageCourse' },
      stamp: k.stamp(),
    }),
  },
  {
    name: 'a case file whose scope is not its id',
    status: 400,
    names: /scope must equal id/,
    change: (k) => ({
      ...newCaseChanges(k.stamp()).changes[0]!,
      id: createId(),
      scope: k.caseId,
    }),
  },
  {
    name: 'a new record that is incomplete',
    status: 400,
    names: /incomplete.*lastName/,
    change: (k) => ({
      table: 'clients',
      id: createId(),
      scope: k.caseId,
      fields: { firstName: 'Nur Vorname' },
      stamp: k.stamp(),
    }),
  },
  {
    name: 'a conflict made by a device',
    status: 400,
    names: /server only/,
    change: (k) => ({
      table: 'conflicts',
      id: createId(),
      scope: k.caseId,
      fields: {
        table: 'caseFiles',
        recordId: k.caseId,
        field: 'statusReason',
        value: 'Erfunden',
        stamp: k.created,
        lostByName: 'Niemand',
        winnerStamp: k.created,
        wonByName: 'Niemand',
        detectedAt: '2026-01-15T10:00:00.000Z',
      },
      stamp: k.stamp(),
    }),
  },
];

/** The id the valid new case of each batch gets, so that a bad change can point at it. */
const NEW_CASE_IN_BATCH = createId();

function edit(k: Known, fields: Record<string, unknown>): PushedChange {
  return { table: 'caseFiles', id: k.caseId, scope: k.caseId, fields, stamp: k.stamp() };
}

describe.each(BACKENDS)('pushing changes on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  let tablet: TestDevice;
  let known: Known;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
    const { token } = await world.openSession(world.orgA.manager);
    tablet = createTestDevice(world, token);
    const created = newCaseChanges(tablet.stamp());
    await tablet.syncOk(created.changes);
    known = { ...created, created: created.changes[0]!.stamp!, stamp: () => tablet.stamp() };
  });
  afterEach(() => storage.dispose());

  /** A valid new case (two changes), to prove that nothing of a refused batch is stored. */
  function validNewCase(): PushedChange[] {
    const { changes } = newCaseChanges(tablet.stamp());
    return changes.map((c) =>
      c.table === 'caseFiles'
        ? { ...c, id: NEW_CASE_IN_BATCH, scope: NEW_CASE_IN_BATCH }
        : { ...c, scope: NEW_CASE_IN_BATCH },
    );
  }

  describe('all or nothing', () => {
    it.each(BAD_CHANGES)('refuses $name and stores nothing', async ({ status, names, change }) => {
      const before = await storeState(storage);
      const bad = change(known) as PushedChange;
      const response = await tablet.sync([...validNewCase(), bad]);
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      expect(response.body.error.code).toBe(ErrorCode.validationFailed);
      const details: { path: string; message: string }[] = response.body.error.details;
      expect(details.length).toBeGreaterThan(0);
      for (const detail of details) expect(detail.path).toMatch(/^changes\.2(\.|$)/);
      expect(details.map((d) => `${d.path} ${d.message}`).join('\n')).toMatch(names);
      expect(await storeState(storage)).toEqual(before);
    });

    it('names every refused change, and answers 403 when one of them is out of scope', async () => {
      const before = await storeState(storage);
      const response = await tablet.sync([
        edit(known, { status: 'vielleicht' }),
        ...validNewCase(),
        {
          table: 'clients',
          id: createId(),
          scope: createId(),
          fields: { firstName: 'Testa', lastName: 'Irgendwo' },
          stamp: tablet.stamp(),
        },
      ]);
      expect(response.status).toBe(403);
      expect(response.body.error.details).toEqual([
        expect.objectContaining({ path: 'changes.0', code: RefusalCode.invalid }),
        expect.objectContaining({ path: 'changes.3', code: RefusalCode.notWritable }),
      ]);
      expect(await storeState(storage)).toEqual(before);
    });

    it(`refuses more than ${MAX_PUSH_CHANGES} changes in one request`, async () => {
      const before = await storeState(storage);
      const changes = Array.from({ length: MAX_PUSH_CHANGES + 1 }, () =>
        edit(known, { statusReason: 'x' }),
      );
      const response = await tablet.sync(changes);
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([
        expect.objectContaining({ path: 'changes', message: expect.stringMatching(/1000/) }),
      ]);
      expect(await storeState(storage)).toEqual(before);
      // Exactly the maximum is fine.
      expect((await tablet.sync(changes.slice(1))).status).toBe(200);
    });

    it('lets a device resolve a conflict but not change what was lost', async () => {
      await tablet.syncOk([edit(known, { statusReason: 'Erster' })]);
      // A second write without a base: the first value is kept as a conflict.
      await tablet.syncOk([edit(known, { statusReason: 'Zweiter' })]);
      const conflict = await storage.db
        .selectFrom('sync_records')
        .select(['id', 'fields'])
        .where('tbl', '=', 'conflicts')
        .executeTakeFirstOrThrow();
      const touch = (fields: Record<string, unknown>): PushedChange => ({
        table: 'conflicts',
        id: conflict.id,
        scope: known.caseId,
        fields,
        stamp: tablet.stamp(),
      });
      const resolution = {
        resolution: 'dismissed',
        resolvedAt: '2026-01-16T09:00:00.000Z',
        resolvedByName: 'Mira Muster',
      };
      const before = await storeState(storage);
      for (const fields of [{ value: 'Manipuliert' }, { ...resolution, wonByName: 'Jemand' }]) {
        const response = await tablet.sync([...validNewCase(), touch(fields)]);
        expect(response.status).toBe(400);
        expect(response.body.error.details).toEqual([
          expect.objectContaining({
            path: 'changes.2',
            message: expect.stringMatching(/only resolve.*"(value|wonByName)"/),
          }),
        ]);
        expect(await storeState(storage)).toEqual(before);
      }
      await tablet.syncOk([touch(resolution)]);
      const resolved = await storage.db
        .selectFrom('sync_records')
        .select('fields')
        .where('id', '=', conflict.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(resolved.fields)).toEqual({
        ...JSON.parse(conflict.fields),
        ...resolution,
      });
    });
  });

  describe('one id twice in a batch', () => {
    it('refuses a new id used for two tables', async () => {
      const before = await storeState(storage);
      const id = createId();
      const response = await tablet.sync([
        {
          table: 'clients',
          id,
          scope: known.caseId,
          fields: { firstName: 'Testa', lastName: 'Zwilling' },
          stamp: tablet.stamp(),
        },
        {
          table: 'households',
          id,
          scope: known.caseId,
          fields: { name: 'Haushalt Zwilling' },
          stamp: tablet.stamp(),
        },
      ]);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.error.details).toEqual([expect.objectContaining({ path: 'changes.1' })]);
      expect(await storeState(storage)).toEqual(before);
    });

    it('refuses a new id used in two scopes', async () => {
      const before = await storeState(storage);
      const id = createId();
      const client = (scope: string): PushedChange => ({
        table: 'clients',
        id,
        scope,
        fields: { firstName: 'Testa', lastName: 'Wanderer' },
        stamp: tablet.stamp(),
      });
      const response = await tablet.sync([
        client(known.caseId),
        ...validNewCase(),
        client(NEW_CASE_IN_BATCH),
      ]);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.error.details).toEqual([expect.objectContaining({ path: 'changes.3' })]);
      expect(await storeState(storage)).toEqual(before);
    });
  });

  describe('idempotence', () => {
    it('stores the same request only once', async () => {
      const changes = [
        ...validNewCase(),
        edit(known, { statusReason: 'Erstgespräch' }),
        { ...edit(known, { tags: ['Sprache'] }), bases: { tags: known.created } },
      ];
      const first = await tablet.sync(changes);
      expect(first.status).toBe(200);
      const after = await storeState(storage);
      const second = await tablet.sync(changes);
      expect(second.status).toBe(200);
      expect(second.body.accepted).toBe(first.body.accepted);
      expect(second.body.cursor).toBe(first.body.cursor);
      expect(await storeState(storage)).toEqual(after);
    });

    it('changes nothing when a device re-sends after it got the answer', async () => {
      const changes = [...validNewCase(), edit(known, { statusReason: 'Erstgespräch' })];
      await tablet.syncOk(changes);
      const after = await storeState(storage);
      const again = await tablet.syncOk(changes);
      expect(again.rows).toEqual([]);
      expect(await storeState(storage)).toEqual(after);
    });

    it('keeps one conflict when a late, losing write arrives twice', async () => {
      const late = edit(known, { statusReason: 'Spät' });
      await tablet.syncOk([edit(known, { statusReason: 'Früh geschrieben, spät gestempelt' })]);
      for (let i = 0; i < 2; i++) await tablet.syncOk([late]);
      const conflicts = await storage.db
        .selectFrom('sync_records')
        .select('fields')
        .where('tbl', '=', 'conflicts')
        .execute();
      expect(conflicts.map((c) => JSON.parse(c.fields) as unknown)).toEqual([
        expect.objectContaining({ value: 'Spät' }),
      ]);
    });
  });

  describe('a clock ahead of the server', () => {
    const MARGIN = 5 * 60_000;

    /** A stamp `aheadMs` ahead of the server's clock, from a device whose clock is wrong. */
    const aheadBy = (aheadMs: number) =>
      encodeHlc({
        wallMs: world.clock.now().getTime() + aheadMs,
        counter: 0,
        node: createNodeId(),
      });

    it('refuses stamps further ahead than the margin and stores nothing', async () => {
      const before = await storeState(storage);
      const response = await tablet.sync(newCaseChanges(aheadBy(MARGIN + 1)).changes);
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe(ErrorCode.clockAhead);
      expect(response.body.error.details).toEqual([
        expect.objectContaining({ path: 'changes.0', code: RefusalCode.clockAhead }),
        expect.objectContaining({ path: 'changes.1', code: RefusalCode.clockAhead }),
      ]);
      expect(await storeState(storage)).toEqual(before);
    });

    it('finds a stamp ahead among the per-field stamps too', async () => {
      const before = await storeState(storage);
      const sneaky: PushedChange = {
        ...edit(known, { statusReason: 'x', tags: ['y'] }),
        stamps: { tags: aheadBy(60 * 60_000) },
        bases: { tags: known.created },
      };
      const response = await tablet.sync([sneaky]);
      expect(response.status).toBe(409);
      expect(await storeState(storage)).toEqual(before);
    });

    it('stores stamps up to the margin ahead', async () => {
      const { caseId, changes } = newCaseChanges(aheadBy(MARGIN));
      const response = await tablet.sync(changes);
      expect(response.status).toBe(200);
      const stored = await storage.db
        .selectFrom('sync_records')
        .select('id')
        .where('id', '=', caseId)
        .execute();
      expect(stored).toHaveLength(1);
    });

    it('uses the margin the server was configured with', async () => {
      const strict: TestWorld = {
        ...world,
        app: createApp({
          storage,
          logger: silentLogger,
          passwordCost: CHEAP_COST,
          now: world.clock.now,
          maxClockAheadMs: 60_000,
        }),
      };
      const { token } = await world.openSession(world.orgA.manager);
      const device = createTestDevice(strict, token);
      expect((await device.sync(newCaseChanges(aheadBy(90_000)).changes)).status).toBe(409);
      expect((await device.sync(newCaseChanges(aheadBy(30_000)).changes)).status).toBe(200);
    });
  });
});
