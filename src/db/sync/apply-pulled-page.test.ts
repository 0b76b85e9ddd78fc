import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../database';
import { readSetting, SettingKey, writeSetting } from '../local-settings';
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
