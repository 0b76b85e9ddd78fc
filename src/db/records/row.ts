import type { FieldState, RecordFields, RecordTable, RowMeta } from '@/core/index';

/** A stored record: its sync metadata plus the fields its schema in src/core defines. */
export type Row<T extends RecordTable> = RowMeta & RecordFields<T>;

const SYNC_META = new Set(['orgId', 'scope', 'stamps', 'deleted', 'erased']);

/** The record's id and own fields, without what sync adds. */
export function withoutSyncMeta(row: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !SYNC_META.has(key)));
}

/** A row as the merge sees it: every field, `deleted` and `erased` included, with its stamp. */
export function fieldStateOf(row: RowMeta): FieldState {
  const { id: _id, orgId: _orgId, scope: _scope, stamps, ...fields } = row;
  return { fields, stamps };
}
