import {
  compactStamps,
  MAX_PUSH_CHANGES,
  RECORD_TABLES,
  type PushedChange,
  type RecordTable,
} from '@/core/index';
import { db } from '../database';
import { fieldStateOf, type Row } from '../records/row';
import { readRefetch, withoutGivenUp } from './refetch';
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
 * server restored from a backup gets back whatever it lost — but not values
 * the person gave up after the server refused them (refetch.ts).
 */
export async function nextResendBatch(
  from: NonNullable<SyncState['resendFrom']>,
): Promise<ResendBatch> {
  const start = from.table ? RESEND_ORDER.indexOf(from.table as RecordTable) : 0;
  const changes: PushedChange[] = [];
  const givenUp = await readRefetch();
  for (let t = Math.max(0, start); t < RESEND_ORDER.length; t++) {
    const table = RESEND_ORDER[t]!;
    const after = t === start ? from.after : '';
    const room = MAX_PUSH_CHANGES - changes.length;
    const rows = await db
      .table<Row<RecordTable>, string>(table)
      .where('id')
      .above(after)
      .limit(room)
      .toArray();
    for (const row of rows) {
      const { fields } = fieldStateOf(row);
      const skip = withoutGivenUp(givenUp, table, row.id);
      const stamps = Object.fromEntries(Object.entries(row.stamps).filter(([n]) => !skip.has(n)));
      if (Object.keys(stamps).length === 0) continue;
      const named = Object.fromEntries(Object.keys(stamps).map((n) => [n, fields[n] ?? null]));
      changes.push({
        table,
        id: row.id,
        scope: row.scope,
        fields: named,
        ...compactStamps(stamps),
      });
    }
    // A full read may hold more rows of this table behind it (also when some were left out).
    if (rows.length >= room) return { changes, next: { table, after: rows.at(-1)!.id } };
  }
  return { changes, next: null };
}
