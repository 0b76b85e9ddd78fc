import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeHlc, setToday } from '@/core/index';
import { db } from '../database';
import { updateRecord } from '../records/write-records';
import { forgetDeviceNodeId } from '../records/device-clock';
import { openCaseForNewClient } from './open-case-for-new-client';
import { resolveConflict } from './resolve-conflict';

const OTHER_NODE = 'aaaaaaaaaaaaaaaa';
const stampAt = (iso: string) =>
  encodeHlc({ wallMs: Date.parse(iso), counter: 0, node: OTHER_NODE });

/** A conflict as the server sends it: a synced row scoped to the case. */
async function seedConflict(caseId: string, clientId: string, fields: Record<string, unknown>) {
  const id = `conflict-${Math.random().toString(16).slice(2)}`;
  const stamp = stampAt('2026-11-20T09:00:00Z');
  await db.conflicts.put({
    id,
    orgId: 'local',
    scope: caseId,
    stamps: { table: stamp },
    table: 'clients',
    recordId: clientId,
    field: 'lastName',
    value: 'Haddad-Ali',
    stamp,
    lostByName: 'Max Muster',
    winnerStamp: stampAt('2026-11-20T10:00:00Z'),
    wonByName: 'Erika Beispiel',
    detectedAt: '2026-11-20T10:05:00Z',
    ...fields,
  });
  return id;
}

describe('resolveConflict', () => {
  let caseId: string;
  let clientId: string;
  beforeEach(async () => {
    setToday('2026-11-24');
    await Promise.all(db.tables.map((t) => t.clear()));
    forgetDeviceNodeId();
    const opened = await openCaseForNewClient({ firstName: 'Amal', lastName: 'Haddad' });
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    ({ caseId, clientId } = opened.id);
    await db.localOutbox.clear();
  });
  afterEach(() => setToday(undefined));

  it('restores the kept value as a new edit and marks the conflict in one write', async () => {
    const id = await seedConflict(caseId, clientId, {});
    const before = (await db.clients.get(clientId))!;
    const now = new Date('2026-11-24T08:30:00Z');

    const result = await resolveConflict(id, 'restored', 'Max Muster', now);

    expect(result.ok).toBe(true);
    const client = (await db.clients.get(clientId))!;
    expect(client.lastName).toBe('Haddad-Ali');
    expect(client.stamps.lastName! > before.stamps.lastName!).toBe(true);
    expect(await db.conflicts.get(id)).toMatchObject({
      resolution: 'restored',
      resolvedAt: '2026-11-24T08:30:00.000Z',
      resolvedByName: 'Max Muster',
    });
    const outbox = await db.localOutbox.toArray();
    expect(outbox.map((e) => [e.table, e.recordId, e.fields])).toEqual([
      ['clients', clientId, { lastName: 'Haddad-Ali' }],
      [
        'conflicts',
        id,
        {
          resolution: 'restored',
          resolvedAt: '2026-11-24T08:30:00.000Z',
          resolvedByName: 'Max Muster',
        },
      ],
    ]);
    expect(outbox[1]!.scope).toBe(caseId);
  });

  it('dismisses without touching the record', async () => {
    const id = await seedConflict(caseId, clientId, {});
    const result = await resolveConflict(id, 'dismissed', 'Max Muster');
    expect(result.ok).toBe(true);
    expect((await db.clients.get(clientId))!.lastName).toBe('Haddad');
    expect((await db.conflicts.get(id))!.resolution).toBe('dismissed');
    const outbox = await db.localOutbox.toArray();
    expect(outbox.map((e) => e.table)).toEqual(['conflicts']);
  });

  it('changes nothing when the kept value is no longer valid', async () => {
    const id = await seedConflict(caseId, clientId, { field: 'addressPostalCode', value: '7' });
    const result = await resolveConflict(id, 'restored', 'Max Muster');
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ path: 'addressPostalCode' })],
    });
    expect((await db.conflicts.get(id))!.resolution).toBeUndefined();
    expect(await db.localOutbox.count()).toBe(0);
  });

  it('changes nothing when the record is gone', async () => {
    const id = await seedConflict(caseId, clientId, { table: 'goals', recordId: 'gone' });
    const result = await resolveConflict(id, 'restored', 'Max Muster');
    expect(result).toEqual({ ok: false, issues: [{ path: '', key: 'recordMissing' }] });
    expect((await db.conflicts.get(id))!.resolution).toBeUndefined();
    expect(await db.localOutbox.count()).toBe(0);
  });

  it('restores a cleared value by clearing the field, and a lost deletion by deleting', async () => {
    await updateRecord('clients', clientId, { phone: '0711 123456' });
    const cleared = await seedConflict(caseId, clientId, { field: 'phone', value: null });
    expect((await resolveConflict(cleared, 'restored', 'Max Muster')).ok).toBe(true);
    expect((await db.clients.get(clientId))!.phone).toBeUndefined();

    const deletion = await seedConflict(caseId, clientId, { field: 'deleted', value: true });
    expect((await resolveConflict(deletion, 'restored', 'Max Muster')).ok).toBe(true);
    expect((await db.clients.get(clientId))!.deleted).toBe(true);
  });
});
