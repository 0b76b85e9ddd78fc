import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../database';
import { SettingKey } from '../local-settings';
import { readNextRound, readRoundsAhead } from './next-round';
import { testOutboxEntry as entry } from './test-outbox-entry';

/** Longer than the read-ahead's delay after a commit, and its read. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 300));

const sentIds = async () => (await readNextRound()).batch!.changes.map((change) => change.id);

describe('the next sync round, read ahead', () => {
  let stop: () => void;
  beforeEach(async () => {
    await db.localOutbox.clear();
    await db.localSettings.clear();
    stop = readRoundsAhead();
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('is sent as read ahead, without reading the outbox again', async () => {
    await db.localOutbox.bulkAdd([entry('a'), entry('b')]);
    await settled();
    const reads = vi.spyOn(db, 'readAllSealed');
    expect(await sentIds()).toEqual(['a', 'b']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('is read again when the outbox changed after it was read ahead', async () => {
    await db.localOutbox.add(entry('a'));
    await settled();
    await db.localOutbox.add(entry('b'));
    expect(await sentIds()).toEqual(['a', 'b']);
  });

  it('is read again when the sync settings changed after it was read ahead', async () => {
    await db.localOutbox.add(entry('a'));
    await settled();
    await db.localSettings.put({ key: SettingKey.syncCursor, value: 'cursor-2' });
    expect((await readNextRound()).state.cursor).toBe('cursor-2');
  });

  it('is read again when a change was committed while a sync waited for it', async () => {
    await db.localOutbox.add(entry('a'));
    const open = db.openSealed;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(db, 'openSealed').mockImplementationOnce(async (...args) => {
      await held; // the round read ahead is still being opened when the sync asks for it
      return open(...args);
    });
    await settled();
    const round = readNextRound();
    await Dexie.ignoreTransaction(() => db.localOutbox.add(entry('late')));
    release();
    expect((await round).batch!.changes.map((change) => change.id)).toEqual(['a', 'late']);
  });

  it('is used once: the next round is read again', async () => {
    await db.localOutbox.add(entry('a'));
    await settled();
    await readNextRound();
    const reads = vi.spyOn(db, 'readAllSealed');
    expect(await sentIds()).toEqual(['a']);
    expect(reads).toHaveBeenCalledOnce();
  });

  it('stays current through commits to tables a round does not read', async () => {
    await db.localOutbox.add(entry('a'));
    await settled();
    await db.localDrafts.put({
      key: 'goal-1',
      values: { text: 'draft' },
      savedAt: '2026-11-24T09:00:00.000Z',
    });
    const reads = vi.spyOn(db, 'readAllSealed');
    expect(await sentIds()).toEqual(['a']);
    expect(reads).not.toHaveBeenCalled();
  });

  it('is dropped when reading ahead stops (a lock, a logout)', async () => {
    await db.localOutbox.add(entry('a'));
    await settled();
    stop();
    const reads = vi.spyOn(db, 'readAllSealed');
    expect(await sentIds()).toEqual(['a']);
    expect(reads).toHaveBeenCalledOnce();
  });
});
