import type { SyncedRow } from './synced-row';

/**
 * A stored row from a record's fields, with every field stamped with the same
 * HLC stamp: what a device holds after receiving a record it never had, and
 * how demo and benchmark data are loaded.
 */
export function rowFromFields(record: {
  id: string;
  orgId: string;
  scope: string;
  fields: object;
  stamp: string;
}): SyncedRow {
  const stamps: Record<string, string> = {};
  for (const name of Object.keys(record.fields)) stamps[name] = record.stamp;
  return { ...record.fields, id: record.id, orgId: record.orgId, scope: record.scope, stamps };
}
