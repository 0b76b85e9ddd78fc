import type { OutboxEntry } from '../lotse-database';

/** For tests: an outbox entry of a goal's text in case-1, ready to add. */
export function testOutboxEntry(recordId: string): OutboxEntry {
  return {
    table: 'goals',
    recordId,
    scope: 'case-1',
    fields: { text: recordId },
    stamps: { text: '000000000000001-0000-0000000000000001' },
    createdAt: '2026-11-24T09:00:00.000Z',
  };
}
