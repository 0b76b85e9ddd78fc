import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHlcClock, type PulledRow } from '@/core/index';
import { createDataKey } from '../crypto/index';
import { db, replaceDatabase } from '../database';
import { readSetting, SettingKey, writeSetting } from '../local-settings';
import type { LotseDatabase } from '../lotse-database';
import { encryptedDatabase } from '../open-user-database';
import { forgetDeviceNodeId } from '../records/device-clock';
import { applyPulledPage, type PulledPage } from './apply-pulled-page';

function page(overrides: Partial<PulledPage>): PulledPage {
  return {
    epoch: 'epoch-1',
    cursor: '7',
    rows: [],
    drop: [],
    acknowledged: [],
    finished: true,
    now: '2026-11-24T09:00:00.000Z',
    ...overrides,
  };
}

describe('where the device stands after a page', () => {
  beforeEach(async () => {
    await db.localSettings.clear();
    await writeSetting(SettingKey.syncEpoch, 'epoch-1');
    await writeSetting(SettingKey.syncCursor, '7');
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes only when it finished when the answer moved neither epoch nor cursor', async () => {
    const bulkPut = vi.spyOn(db.localSettings, 'bulkPut');
    await applyPulledPage(page({ stored: { epoch: 'epoch-1', cursor: '7' } }));
    expect(bulkPut.mock.calls.map(([entries]) => entries.map((e) => e.key))).toEqual([
      [SettingKey.lastSyncedAt],
    ]);
    expect(await readSetting(SettingKey.lastSyncedAt)).toBe('2026-11-24T09:00:00.000Z');
  });

  it('stores a new cursor and epoch', async () => {
    await applyPulledPage(
      page({ epoch: 'epoch-2', cursor: '9', stored: { epoch: 'epoch-1', cursor: '7' } }),
    );
    expect(await readSetting(SettingKey.syncEpoch)).toBe('epoch-2');
    expect(await readSetting(SettingKey.syncCursor)).toBe('9');
  });
});

describe('a page of many rows, encrypted at rest as in the app', () => {
  let plain: LotseDatabase;
  const clock = createHlcClock({ node: 'aaaaaaaaaaaaaaaa' });
  // 130 steps: stored in several batches, the last one short.
  const ids = Array.from({ length: 130 }, (_, i) => `step-${String(i).padStart(3, '0')}`);
  const step = (id: string, text: string, stamp: string): PulledRow => ({
    table: 'steps',
    id,
    scope: 'case-1',
    fields: { goalId: 'goal-1', text },
    stamp,
  });
  const texts = async () => (await db.steps.bulkGet(ids)).map((row) => row?.text);

  beforeEach(async () => {
    const database = encryptedDatabase(`pulled-page-${Math.random()}`, createDataKey());
    await database.open();
    plain = replaceDatabase(database);
    forgetDeviceNodeId();
    const first = clock.tick();
    await applyPulledPage(page({ rows: ids.map((id) => step(id, `alt ${id}`, first)) }));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    const database = replaceDatabase(plain);
    database.close();
    await database.delete();
    forgetDeviceNodeId();
  });

  it('merges every row field by field and moves the clock past the newest stamp', async () => {
    const older = clock.tick();
    const newer = clock.tick();
    // Row 70 was changed here after `older`: its text stays.
    await db.steps.update('step-070', { text: 'hier geändert', stamps: { text: clock.tick() } });
    // From a device whose clock is an hour ahead: this one's clock must move past it.
    const newest = `${String(Date.now() + 3_600_000).padStart(15, '0')}-0000-bbbbbbbbbbbbbbbb`;
    const rows = ids.map((id, i) =>
      step(id, `neu ${id}`, id === 'step-070' ? older : i === 129 ? newest : newer),
    );
    await applyPulledPage(page({ cursor: '8', rows }));

    const expected = ids.map((id) => (id === 'step-070' ? 'hier geändert' : `neu ${id}`));
    expect(await texts()).toEqual(expected);
    expect((await db.steps.get('step-000'))?.goalId).toBe('goal-1');
    expect(String(await readSetting(SettingKey.hlcLast)) > newest).toBe(true);
    expect(await readSetting(SettingKey.syncCursor)).toBe('8');
  });

  it('stores nothing of the page when one batch cannot be written', async () => {
    const before = await texts();
    const steps = db.table('steps');
    const bulkPut = steps.bulkPut.bind(steps);
    let calls = 0;
    vi.spyOn(steps, 'bulkPut').mockImplementation((rows) =>
      ++calls === 2 ? Dexie.Promise.reject(new Error('disk full')) : bulkPut(rows),
    );
    const stamp = clock.tick();
    await expect(
      applyPulledPage(page({ cursor: '8', rows: ids.map((id) => step(id, `neu ${id}`, stamp)) })),
    ).rejects.toThrow('disk full');

    expect(calls).toBeGreaterThanOrEqual(2); // the first batch was written, in the transaction
    expect(await texts()).toEqual(before);
    expect(await readSetting(SettingKey.syncCursor)).toBe('7');
  });
});

describe('cases the page drops', () => {
  const clock = createHlcClock({ node: 'bbbbbbbbbbbbbbbb' });
  const goal = (id: string, scope: string): PulledRow => ({
    table: 'goals',
    id,
    scope,
    fields: { planId: `plan-${scope}`, text: `Ziel in ${scope}` },
    stamp: clock.tick(),
  });
  const scopesHeld = async () =>
    [...new Set((await db.goals.toArray()).map((g) => g.scope))].sort();

  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    const cases = ['case-a', 'case-b', 'case-c', 'case-d'];
    await applyPulledPage(
      page({ rows: cases.flatMap((c) => [goal(`${c}-1`, c), goal(`${c}-2`, c)]) }),
    );
    await db.localRecentCases.bulkPut(cases.map((caseId) => ({ caseId, openedAt: '2026-11-24' })));
  });

  it('removes several at once, keeping the one that holds unsent changes', async () => {
    await db.localOutbox.add({
      table: 'goals',
      recordId: 'case-c-1',
      scope: 'case-c',
      fields: { text: 'geändert' },
      stamps: { text: clock.tick() },
      createdAt: '2026-11-24T09:00:00.000Z',
    });
    await applyPulledPage(page({ drop: ['case-a', 'case-b', 'case-c'] }));
    expect(await scopesHeld()).toEqual(['case-c', 'case-d']);
    expect((await db.localRecentCases.toArray()).map((r) => r.caseId).sort()).toEqual([
      'case-c',
      'case-d',
    ]);
    expect(await readSetting(SettingKey.keptScopes)).toEqual(['case-c']);
  });
});
