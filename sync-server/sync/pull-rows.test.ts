import request from 'supertest';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import {
  createId,
  ORG_SCOPE,
  RefusalCode,
  Role,
  type PulledRow,
  type PushedChange,
} from '../../src/core/index';
import { createTestDevice, newCaseChanges, type TestDevice } from '../test-support/sync-client';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestUser, type TestWorld } from '../test-support/test-world';
import { addSecondManager } from '../test-support/second-manager';

/**
 * Partial replication, row by row (DESIGN.md): every case and every
 * organisation-wide row is pushed through the endpoint by the people who own
 * them, then each role pulls and must get exactly what it may see.
 */
describe.each(BACKENDS)('what a pull delivers on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  let secondManager: TestUser;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
    secondManager = await addSecondManager(world);
  });
  afterEach(() => storage.dispose());

  async function deviceOf(user: TestUser) {
    const { token } = await world.openSession(user);
    return createTestDevice(world, token);
  }

  /** A new case whose client has a name of its own, so that a leak of it can be told apart. */
  async function pushCase(device: TestDevice, label: string) {
    const created = newCaseChanges(device.stamp());
    created.changes[1]!.fields.lastName = `Beispiel-${label}`;
    await device.syncOk(created.changes);
    return { ...created, label, ids: created.changes.map((c) => c.id) };
  }

  async function pushPartner(device: TestDevice, name: string) {
    const partner: PushedChange = {
      table: 'partners',
      id: createId(),
      scope: ORG_SCOPE,
      stamp: device.stamp(),
      fields: { name, type: 'languageCourse', languages: [] },
    };
    await device.syncOk([partner]);
    return partner.id;
  }

  const idsOf = (rows: readonly PulledRow[]) => rows.map((r) => r.id).sort();
  const sorted = (ids: readonly string[]) => [...ids].sort();

  it('gives each manager their cases, the supervisor the organisation, the admin only organisation rows', async () => {
    const first = await deviceOf(world.orgA.manager);
    const second = await deviceOf(secondManager);
    const neighbour = await deviceOf(world.orgB.manager);
    const firstCases = [await pushCase(first, 'a1'), await pushCase(first, 'a2')];
    const secondCases = [await pushCase(second, 'b1'), await pushCase(second, 'b2')];
    const neighbourCase = await pushCase(neighbour, 'n1');
    const partnerA = await pushPartner(second, 'Sprachschule Mitte');
    const partnerB = await pushPartner(neighbour, 'Sprachschule Rheinau');

    const pullFromScratch = async (user: TestUser) => (await deviceOf(user)).syncOk();
    const casesOf = (cases: { ids: string[] }[]) => cases.flatMap((c) => c.ids);

    const firstPull = await pullFromScratch(world.orgA.manager);
    expect(idsOf(firstPull.rows)).toEqual(sorted([...casesOf(firstCases), partnerA]));
    const secondPull = await pullFromScratch(secondManager);
    expect(idsOf(secondPull.rows)).toEqual(sorted([...casesOf(secondCases), partnerA]));
    const supervisorPull = await pullFromScratch(world.orgA.supervisor);
    expect(idsOf(supervisorPull.rows)).toEqual(
      sorted([...casesOf(firstCases), ...casesOf(secondCases), partnerA]),
    );
    const adminPull = await pullFromScratch(world.orgA.admin);
    expect(idsOf(adminPull.rows)).toEqual([partnerA]);
    expect(adminPull.rows.every((r) => r.scope === ORG_SCOPE)).toBe(true);
    const neighbourPull = await pullFromScratch(world.orgB.manager);
    expect(idsOf(neighbourPull.rows)).toEqual(sorted([...neighbourCase.ids, partnerB]));
    // The rows carry whole records on a first pull, not just ids.
    const client = supervisorPull.rows.find((r) => r.id === secondCases[0]!.clientId);
    expect(client?.fields).toMatchObject({ lastName: 'Beispiel-b1' });
    for (const pulled of [firstPull, secondPull, adminPull])
      expect(JSON.stringify(pulled)).not.toContain('Rheinau');
  });

  it('keeps later edits of a case away from everyone it is not assigned to', async () => {
    const first = await deviceOf(world.orgA.manager);
    const second = await deviceOf(secondManager);
    const office = await deviceOf(world.orgA.supervisor);
    const admin = await deviceOf(world.orgA.admin);
    const mine = await pushCase(first, 'a1');
    const theirs = await pushCase(second, 'b1');
    for (const device of [first, second, office, admin]) await device.syncOk();

    await second.syncOk([
      {
        table: 'clients',
        id: theirs.clientId,
        scope: theirs.caseId,
        fields: { nationality: 'Fiktivien' },
        stamp: second.stamp(),
      },
    ]);
    expect((await first.syncOk()).rows).toEqual([]);
    expect((await admin.syncOk()).rows).toEqual([]);
    const supervised = await office.syncOk();
    expect(supervised.rows).toEqual([
      expect.objectContaining({ id: theirs.clientId, fields: { nationality: 'Fiktivien' } }),
    ]);
    // And the other way round: the second manager never gets the first one's edit.
    await first.syncOk([
      {
        table: 'caseFiles',
        id: mine.caseId,
        scope: mine.caseId,
        fields: { tags: ['Sprache'] },
        stamp: first.stamp(),
        // The device saw the tags it replaces: no conflict.
        bases: { tags: mine.changes[0]!.stamp! },
      },
    ]);
    expect((await second.syncOk()).rows).toEqual([]);
    expect(idsOf((await office.syncOk()).rows)).toEqual([mine.caseId]);
  });

  it('sends back whole, when asked, only the records the caller may see', async () => {
    const first = await deviceOf(world.orgA.manager);
    const second = await deviceOf(secondManager);
    const neighbour = await deviceOf(world.orgB.manager);
    const mine = await pushCase(first, 'a1');
    const theirs = await pushCase(second, 'b1');
    const foreign = await pushCase(neighbour, 'n1');
    const partner = await pushPartner(second, 'Sprachschule Mitte');
    const refs = [...mine.changes, ...theirs.changes, ...foreign.changes].map((c) => ({
      table: c.table,
      id: c.id,
    }));
    const refetch = [
      ...refs,
      { table: 'partners' as const, id: partner },
      // The right id in another table, and an id no one has.
      { table: 'clients' as const, id: mine.caseId },
      { table: 'goals' as const, id: createId() },
    ];
    const refetched = async (user: TestUser) => {
      const answer = await (await deviceOf(user)).syncOk([], { refetch });
      expect(answer.rows.length, user.email).toBeGreaterThan(0); // the pull goes on as usual
      return answer.refetched ?? [];
    };

    expect(idsOf(await refetched(world.orgA.manager))).toEqual(sorted([...mine.ids, partner]));
    expect(idsOf(await refetched(secondManager))).toEqual(sorted([...theirs.ids, partner]));
    expect(idsOf(await refetched(world.orgA.supervisor))).toEqual(
      sorted([...mine.ids, ...theirs.ids, partner]),
    );
    expect(idsOf(await refetched(world.orgA.admin))).toEqual([partner]);
    expect(idsOf(await refetched(world.orgB.manager))).toEqual(sorted(foreign.ids));
    // Whole records, every field with its stamp.
    const [client] = (await refetched(world.orgA.manager)).filter((r) => r.id === mine.clientId);
    const pushed = mine.changes[1]!;
    expect(client).toEqual({
      table: 'clients',
      id: mine.clientId,
      scope: mine.caseId,
      fields: pushed.fields,
      stamp: pushed.stamp,
    });
    // Without asking, the answer has no `refetched` at all.
    expect((await first.syncOk()).refetched).toBeUndefined();
  });

  it('follows a change of role: the new view comes whole, and what it hides is dropped', async () => {
    const first = await deviceOf(world.orgA.manager);
    const second = await deviceOf(secondManager);
    const mine = await pushCase(first, 'a1');
    const theirs = await pushCase(second, 'b1');
    const partner = await pushPartner(second, 'Sprachschule Mitte');
    // Its own case it pushed; the organisation's row comes.
    expect(idsOf((await first.syncOk()).rows)).toEqual([partner]);
    expect((await first.syncOk()).rows).toEqual([]);
    const { token } = await world.openSession(world.orgA.admin);
    const becomes = (role: Role) =>
      request(world.app)
        .patch(`/api/v1/admin/users/${world.orgA.manager.id}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ role })
        .expect(200);

    // A supervisor now: the second manager's case comes whole, though it did not change.
    await becomes(Role.supervisor);
    const widened = await first.syncOk();
    expect(widened.drop).toEqual([]);
    expect(idsOf(widened.rows)).toEqual(sorted([...mine.ids, ...theirs.ids, partner]));
    const client = widened.rows.find((r) => r.id === theirs.clientId);
    expect(client?.fields).toMatchObject({ lastName: 'Beispiel-b1' });
    expect((await first.syncOk()).rows).toEqual([]);

    // A manager again: the case that is not theirs leaves the device.
    await becomes(Role.manager);
    const narrowed = await first.syncOk();
    expect(narrowed.drop).toEqual([theirs.caseId]);
    expect(idsOf(narrowed.rows)).toEqual(sorted([...mine.ids, partner]));
    expect(await first.syncOk()).toMatchObject({ rows: [], drop: [] });

    // An admin: every case leaves; the organisation's rows stay.
    await becomes(Role.admin);
    const admin = await first.syncOk();
    expect(sorted(admin.drop)).toEqual(sorted([mine.caseId, theirs.caseId]));
    expect(idsOf(admin.rows)).toEqual([partner]);

    // A manager again: their own case comes back whole; nothing to drop from an admin's device.
    await becomes(Role.manager);
    const back = await first.syncOk();
    expect(back.drop).toEqual([]);
    expect(idsOf(back.rows)).toEqual(sorted([...mine.ids, partner]));
  });

  it('answers a refused push with the error alone, no record data', async () => {
    const theirs = await pushCase(await deviceOf(secondManager), 'b1');
    const caseNumber = String(theirs.changes[0]!.fields.caseNumber);
    // A push to the case needs no other record: any data in the answer would be a leak.
    for (const user of [world.orgA.manager, world.orgA.supervisor, world.orgA.admin]) {
      const role = user.role;
      const device = await deviceOf(user);
      const response = await device.sync([
        {
          table: 'caseFiles',
          id: theirs.caseId,
          scope: theirs.caseId,
          fields: { statusReason: 'Übernommen' },
          stamp: device.stamp(),
        },
      ]);
      expect(response.status, role).toBe(403);
      expect(Object.keys(response.body)).toEqual(['error']);
      expect(response.body.error.details).toEqual([
        expect.objectContaining({ path: 'changes.0', code: RefusalCode.notWritable }),
      ]);
      const text = JSON.stringify(response.body);
      for (const secret of [theirs.clientId, 'Beispiel-b1', 'Testa', caseNumber, secondManager.id])
        expect(text, `${role}: ${secret}`).not.toContain(secret);
    }
  });
});

/** Another manager of org A, made through the admin API as an admin would. */
