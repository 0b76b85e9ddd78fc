import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../database';
import { readSetting, SettingKey } from '../local-settings';
import {
  recheckRefused,
  consecutiveRuns,
  deleteAcknowledged,
  discardRefused,
  markRefused,
  mayHoldRefused,
  readRefusedEntries,
  retryRefused,
} from './outbox-batch';
import { testOutboxEntry as entry } from './test-outbox-entry';

describe('the outbox after a push', () => {
  beforeEach(() => db.localOutbox.clear());

  it('groups sorted whole numbers into runs of consecutive ones', () => {
    expect(consecutiveRuns([8, 2, 3, 1, 5, 7, 8])).toEqual([
      [1, 3],
      [5, 5],
      [7, 8],
    ]);
    expect(consecutiveRuns([])).toEqual([]);
  });

  it('deletes exactly the acknowledged entries, keeping those between and after them', async () => {
    const seqs = await db.localOutbox.bulkAdd(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(entry), {
      allKeys: true,
    });
    const [a, b, , d, e, , g] = seqs;
    await db.transaction('rw', db.localOutbox, () => deleteAcknowledged([e!, a!, b!, d!, g!]));
    const left = await db.localOutbox.toArray();
    expect(left.map((kept) => kept.recordId)).toEqual(['c', 'f']);
  });

  it('tells live queries (the pending count) that the entries are gone', async () => {
    const seqs = await db.localOutbox.bulkAdd(['a', 'b', 'c'].map(entry), { allKeys: true });
    const counts: number[] = [];
    const seen = new Promise<void>((resolve) => {
      const subscription = liveQuery(() => db.localOutbox.count()).subscribe((count) => {
        counts.push(count);
        if (count === 1) {
          subscription.unsubscribe();
          resolve();
        }
      });
    });
    await expect.poll(() => counts).toEqual([3]);
    await db.transaction('rw', db.localOutbox, () => deleteAcknowledged([seqs[0]!, seqs[1]!]));
    await seen;
    expect(counts).toEqual([3, 1]);
  });

  it('refuses to delete outside a transaction', async () => {
    const seq = (await db.localOutbox.add(entry('a')))!;
    await expect(deleteAcknowledged([seq])).rejects.toThrow(/in a transaction/);
    expect(await db.localOutbox.count()).toBe(1);
  });
});

describe('whether the outbox may hold refused changes', () => {
  beforeEach(async () => {
    await db.localOutbox.clear();
    await db.localSettings.delete(SettingKey.outboxMayHoldRefused);
  });

  it('counts as maybe until a device has looked once, and as no once it found none', async () => {
    await db.localOutbox.bulkAdd(['a', 'b'].map(entry));
    expect(await mayHoldRefused()).toBe(true);
    await recheckRefused();
    expect(await mayHoldRefused()).toBe(false);
    expect(await readSetting(SettingKey.outboxMayHoldRefused)).toBe(false);
  });

  it('is noted as maybe where a device from before already holds refused changes', async () => {
    await db.localOutbox.bulkAdd([
      { ...entry('a'), refused: { code: 'c', message: 'm', at: 'now' } },
    ]);
    await recheckRefused();
    expect(await mayHoldRefused()).toBe(true);
  });

  it('follows the refusals: marked, retried, discarded one by one', async () => {
    const [a, b] = await db.localOutbox.bulkAdd(['a', 'b'].map(entry), { allKeys: true });
    await recheckRefused();
    await markRefused([{ seqs: [a!, b!], code: 'invalid', message: 'no' }], '2026-12-07T10:00Z');
    expect(await mayHoldRefused()).toBe(true);
    expect((await readRefusedEntries()).map((e) => e.recordId)).toEqual(['a', 'b']);

    await retryRefused();
    expect(await mayHoldRefused()).toBe(false);
    expect(await readRefusedEntries()).toEqual([]);

    await markRefused([{ seqs: [a!, b!], code: 'invalid', message: 'no' }], '2026-12-07T11:00Z');
    await discardRefused([a!]);
    expect(await mayHoldRefused()).toBe(true);
    await discardRefused([b!]);
    expect(await mayHoldRefused()).toBe(false);
    expect(await db.localOutbox.count()).toBe(0);
  });

  it('looks again at the next start where refused changes left another way', async () => {
    const [a] = await db.localOutbox.bulkAdd(['a'].map(entry), { allKeys: true });
    await markRefused([{ seqs: [a!], code: 'invalid', message: 'no' }], '2026-12-07T10:00Z');
    await db.localOutbox.clear(); // as a dropped case's entries leave
    expect(await mayHoldRefused()).toBe(true);
    await recheckRefused();
    expect(await mayHoldRefused()).toBe(false);
  });
});
