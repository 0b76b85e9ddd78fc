import {
  compactStamps,
  MAX_PUSH_CHANGES,
  RECORD_TABLES,
  type PushedChange,
  type RecordTable,
} from '@/core/index';
import { db } from '../database';
import { fieldStateOf, type Row } from '../records/row';
import type { SyncState } from './sync-state';

/**
 * Case files first: a case the restored server lacks must arrive before (or
 * with) its records, or they would be refused as belonging to an unknown case.
 */
const RESEND_ORDER: readonly RecordTable[] = [
  'caseFiles',
  ...RECORD_TABLES.filter((t) => t !== 'caseFiles'),
];

export interface ResendBatch {
  changes: PushedChange[];
  /** Where the next batch continues; null when every row was sent. */
  next: SyncState['resendFrom'];
}

/**
 * The next rows to re-send after the server's epoch changed, in table order
 * and id order within a table, whole (every field with its stamp), so that a
 * server restored from a backup gets back whatever it lost.
 */
export async function nextResendBatch(
  from: NonNullable<SyncState['resendFrom']>,
): Promise<ResendBatch> {
  const start = from.table ? RESEND_ORDER.indexOf(from.table as RecordTable) : 0;
  const changes: PushedChange[] = [];
  for (let t = Math.max(0, start); t < RESEND_ORDER.length; t++) {
    const table = RESEND_ORDER[t]!;
    const after = t === start ? from.after : '';
    const rows = await db
      .table<Row<RecordTable>, string>(table)
      .where('id')
      .above(after)
      .limit(MAX_PUSH_CHANGES - changes.length)
      .toArray();
    for (const row of rows) {
      const { fields } = fieldStateOf(row);
      const named = Object.fromEntries(Object.keys(row.stamps).map((n) => [n, fields[n] ?? null]));
      changes.push({
        table,
        id: row.id,
        scope: row.scope,
        fields: named,
        ...compactStamps(row.stamps),
      });
    }
    if (changes.length >= MAX_PUSH_CHANGES)
      return { changes, next: { table, after: rows.at(-1)!.id } };
  }
  return { changes, next: null };
}
