import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../database';
import type { OutboxEntry } from '../lotse-database';
import { consecutiveRuns, deleteAcknowledged } from './outbox-batch';

function entry(recordId: string): OutboxEntry {
  return {
    table: 'goals',
    recordId,
    scope: 'case-1',
    fields: { text: recordId },
    stamps: { text: '000000000000001-0000-0000000000000001' },
    createdAt: '2026-11-24T09:00:00.000Z',
  };
}

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
