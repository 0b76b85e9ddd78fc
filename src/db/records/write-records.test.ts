import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isHlcStamp, setToday } from '@/core/index';
import { openCaseForNewClient } from '../commands/open-case-for-new-client';
import { db } from '../database';
import { SettingKey, writeSetting } from '../local-settings';
import { forgetDeviceNodeId } from './device-clock';
import { createRecord, deleteRecord, updateRecord, writeRecords } from './write-records';

const TODAY = '2026-11-24';

async function snapshot() {
  return {
    clients: await db.clients.toArray(),
    caseFiles: await db.caseFiles.toArray(),
    goals: await db.goals.toArray(),
    steps: await db.steps.toArray(),
    outbox: await db.localOutbox.toArray(),
  };
}

async function newCase() {
  const opened = await openCaseForNewClient(
    { firstName: 'Amal', lastName: 'Haddad' },
    '2026-01-10',
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.id;
}

function languageGoal(caseId: string, planId: string) {
  return {
    planId,
    caseId,
    lifeAreaKey: 'language',
    text: 'B1 erreichen',
    priority: 'high',
    status: 'open',
  } as const;
}

describe('writeRecords', () => {
  beforeEach(async () => {
    setToday(TODAY);
    await Promise.all(db.tables.map((t) => t.clear()));
    forgetDeviceNodeId();
  });
  afterEach(() => setToday(undefined));

  it('stamps every field of a new record and queues it in the outbox', async () => {
    const { clientId, caseId } = await newCase();
    const client = await db.clients.get(clientId);
    expect(client).toMatchObject({ firstName: 'Amal', lastName: 'Haddad', scope: caseId });
    expect(Object.keys(client!.stamps)).toEqual(expect.arrayContaining(['firstName', 'lastName']));
    expect(Object.values(client!.stamps).every(isHlcStamp)).toBe(true);
    const outbox = await db.localOutbox.toArray();
    expect(outbox.map((e) => e.table).sort()).toEqual([
      'caseFiles',
      'clients',
      'indicators',
      'plans',
    ]);
    expect((await db.caseFiles.get(caseId))?.caseNumber).toMatch(/^IM-2026-[0-9A-F]{6}$/);
  });

  it('stamps only the fields an update changes, with later stamps', async () => {
    const { clientId } = await newCase();
    const before = (await db.clients.get(clientId))!;
    const result = await updateRecord('clients', clientId, {
      lastName: 'Haddad-Ali',
      firstName: 'Amal',
    });
    expect(result.ok).toBe(true);
    const after = (await db.clients.get(clientId))!;
    expect(after.stamps.firstName).toBe(before.stamps.firstName);
    expect(after.stamps.lastName! > before.stamps.lastName!).toBe(true);
    const last = (await db.localOutbox.toArray()).at(-1)!;
    expect(last.fields).toEqual({ lastName: 'Haddad-Ali' });
  });

  it('records a cleared field as null in the outbox', async () => {
    const { clientId } = await newCase();
    await updateRecord('clients', clientId, { addressCity: 'Neckarau' });
    await updateRecord('clients', clientId, { addressCity: undefined });
    expect((await db.clients.get(clientId))?.addressCity).toBeUndefined();
    expect((await db.localOutbox.toArray()).at(-1)!.fields).toEqual({ addressCity: null });
  });

  it.each([
    [{ dateOfBirth: '2023-02-30' }, 'dateOfBirth', 'invalidDate'],
    [{ dateOfBirth: '2030-01-01' }, 'dateOfBirth', 'dateInFuture'],
    [{ lastName: 'x'.repeat(101) }, 'lastName', 'tooLong'],
    [{ lastName: 'Had\u0007dad' }, 'lastName', 'controlCharacters'],
    [{ lastName: '   ' }, 'lastName', 'required'],
  ])('refuses %j with %s:%s and changes nothing stored', async (changes, path, key) => {
    const { clientId } = await newCase();
    const before = await snapshot();
    const result = await updateRecord('clients', clientId, changes);
    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ path, key })] });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses closing a case before it was opened', async () => {
    const { caseId } = await newCase();
    const result = await updateRecord('caseFiles', caseId, {
      status: 'closed',
      closedOn: '2026-01-01',
      statusSince: '2026-01-01',
      statusReason: 'Umzug',
    });
    expect(!result.ok && result.issues.map((i) => i.key)).toContain('closedBeforeOpened');
  });

  it('refuses any write into a case taken from this person and kept for unsent changes', async () => {
    const { caseId, clientId, planId } = await newCase();
    const other = await newCase();
    await writeSetting(SettingKey.keptScopes, [caseId]);
    const before = await snapshot();
    const edit = await updateRecord('clients', clientId, { lastName: 'Haddad-Ali' });
    expect(!edit.ok && edit.issues).toEqual([{ path: '', key: 'caseTaken' }]);
    const goal = await createRecord('goals', languageGoal(caseId, planId));
    expect(!goal.ok && goal.issues).toEqual([{ path: '', key: 'caseTaken' }]);
    expect(await snapshot()).toEqual(before);
    // Another case of the same person is written as ever.
    expect((await updateRecord('clients', other.clientId, { lastName: 'Haddad-Ali' })).ok).toBe(
      true,
    );
  });

  it('refuses a whole batch when one of its writes is invalid', async () => {
    const { caseId, planId } = await newCase();
    const before = await snapshot();
    const goal = languageGoal(caseId, planId);
    const result = await writeRecords([
      { kind: 'create', table: 'goals', fields: goal },
      { kind: 'create', table: 'goals', fields: { ...goal, targetDate: 'morgen' } },
    ]);
    expect(result.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a step due after its goal’s target unless the plan allows it', async () => {
    const { caseId, planId } = await newCase();
    const goal = await createRecord('goals', {
      planId,
      caseId,
      lifeAreaKey: 'work',
      text: 'Ausbildungsplatz finden',
      priority: 'high',
      status: 'open',
      targetDate: '2027-06-30',
    });
    if (!goal.ok) throw new Error('goal refused');
    const step = {
      goalId: goal.id,
      planId,
      caseId,
      text: 'Bewerbung schreiben',
      responsible: 'client',
      dueDate: '2027-07-15',
    } as const;
    const refused = await createRecord('steps', step);
    expect(!refused.ok && refused.issues[0]).toMatchObject({
      path: 'dueDate',
      key: 'stepAfterGoalTarget',
    });
    expect(await db.steps.count()).toBe(0);

    await updateRecord('plans', planId, { allowStepsAfterGoalTarget: true });
    expect((await createRecord('steps', step)).ok).toBe(true);
  });

  it('refuses moving a goal’s target before its steps', async () => {
    const { caseId, planId } = await newCase();
    const goal = await createRecord('goals', {
      planId,
      caseId,
      lifeAreaKey: 'work',
      text: 'Job',
      priority: 'low',
      status: 'open',
    });
    if (!goal.ok) throw new Error('goal refused');
    await createRecord('steps', {
      goalId: goal.id,
      planId,
      caseId,
      text: 'Termin',
      responsible: 'manager',
      dueDate: '2027-03-01',
    });
    const moved = await updateRecord('goals', goal.id, { targetDate: '2027-01-01' });
    expect(!moved.ok && moved.issues[0]).toMatchObject({
      path: 'targetDate',
      key: 'targetBeforeSteps',
    });
  });

  it('deletes as a stamped field and refuses to edit a deleted record', async () => {
    const { clientId } = await newCase();
    expect((await deleteRecord('clients', clientId)).ok).toBe(true);
    const row = await db.clients.get(clientId);
    expect(row?.deleted).toBe(true);
    expect(isHlcStamp(row!.stamps.deleted!)).toBe(true);
    const edit = await updateRecord('clients', clientId, { firstName: 'X' });
    expect(edit).toEqual({ ok: false, issues: [{ path: '', key: 'recordMissing' }] });
  });

  it('keeps stamps increasing across a reload of the app', async () => {
    const { clientId } = await newCase();
    const before = (await db.clients.get(clientId))!.stamps.lastName!;
    forgetDeviceNodeId();
    db.close();
    await db.open();
    await updateRecord('clients', clientId, { lastName: 'Neu' });
    expect((await db.clients.get(clientId))!.stamps.lastName! > before).toBe(true);
  });
});
