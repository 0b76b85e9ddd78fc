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
});
