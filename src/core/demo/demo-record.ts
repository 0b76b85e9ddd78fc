import type { RecordFields, RecordTable } from '../domain/record-types';

/** One generated row: its table, id, replication scope (a case id or `org`) and fields. */
export type DemoRecord = {
  [T in RecordTable]: { table: T; id: string; scope: string; fields: RecordFields<T> };
}[RecordTable];

export function demoRecord<T extends RecordTable>(
  table: T,
  id: string,
  scope: string,
  fields: RecordFields<T>,
): DemoRecord {
  // TypeScript cannot narrow the mapped union from a generic T; the parameters tie the parts together.
  return { table, id, scope, fields } as DemoRecord;
}
