import type { RecordFields, RecordTable, RowMeta } from '@/core/index';

/** A stored record: its sync metadata plus the fields its schema in src/core defines. */
export type Row<T extends RecordTable> = RowMeta & RecordFields<T>;

const SYNC_META = new Set(['orgId', 'scope', 'stamps', 'deleted', 'erased']);

/** The record's id and own fields, without what sync adds. */
export function withoutSyncMeta(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !SYNC_META.has(key)));
}
