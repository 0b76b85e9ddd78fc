import type { RecordTable } from '../domain/record-types';
import { compactStamps } from './merge';
import type { PushedChange } from './protocol';

/** One queued change of one record, as a device keeps it until the server has it. */
export interface QueuedChange {
  table: RecordTable;
  recordId: string;
  scope: string;
  fields: Record<string, unknown>;
  stamps: Record<string, string>;
  /** Per field, the stamp the field had before this change; absent for a field that had none. */
  bases?: Record<string, string>;
}

/**
 * Folds queued changes (oldest first) into one pushed change per record, in
 * the order the records were first changed, so a case goes before its goals.
 * The newest value and stamp of each field win; its base is the one of the
 * field's oldest queued change: the last value this device had from the server.
 */
export function collapseOutbox(queue: readonly QueuedChange[]): PushedChange[] {
  const byRecord = new Map<
    string,
    {
      table: RecordTable;
      id: string;
      scope: string;
      fields: Record<string, unknown>;
      stamps: Record<string, string>;
      bases: Record<string, string>;
    }
  >();
  for (const entry of queue) {
    const key = `${entry.table}/${entry.recordId}`;
    let record = byRecord.get(key);
    if (!record) {
      record = {
        table: entry.table,
        id: entry.recordId,
        scope: entry.scope,
        fields: {},
        stamps: {},
        bases: {},
      };
      byRecord.set(key, record);
    }
    for (const [field, value] of Object.entries(entry.fields)) {
      if (!(field in record.stamps)) {
        const base = entry.bases?.[field];
        if (base !== undefined) record.bases[field] = base;
      }
      record.fields[field] = value;
      record.stamps[field] = entry.stamps[field]!;
    }
  }
  return [...byRecord.values()].map(({ bases, stamps, ...record }) => ({
    ...record,
    ...compactStamps(stamps),
    ...(Object.keys(bases).length ? { bases } : {}),
  }));
}
