import {
  RECORD_TABLES,
  type ConflictFields,
  type RecordIssue,
  type RecordTable,
  type WriteResult,
} from '@/core/index';
import { db } from '../database';
import { writeRecords, type WriteOp } from '../records/write-records';

export type ConflictResolution = NonNullable<ConflictFields['resolution']>;

const missing: RecordIssue[] = [{ path: '', key: 'recordMissing' }];

/** Writing the kept value again: a new edit of the field, so that it wins over the value that won. */
function restoreOp(table: RecordTable, recordId: string, field: string, value: unknown): WriteOp {
  // A lost deletion is restored by deleting; `deleted` is sync metadata, not a field an update sets.
  if (field === 'deleted')
    return value === true
      ? { kind: 'delete', table, id: recordId }
      : { kind: 'update', table, id: recordId, changes: {} };
  return { kind: 'update', table, id: recordId, changes: { [field]: value ?? undefined } };
}

/**
 * Resolves a conflict from the inbox. Restoring writes the kept value as a
 * new edit of its field and marks the conflict, in one writeRecords call:
 * both are stored and queued together, or, when the record is gone or the
 * value is no longer valid, neither is and the issues say why. Dismissing
 * only marks the conflict.
 */
export async function resolveConflict(
  conflictId: string,
  resolution: ConflictResolution,
  resolvedByName: string,
  now: Date = new Date(),
): Promise<WriteResult<string[]>> {
  const conflict = await db.conflicts.get(conflictId);
  if (!conflict || conflict.deleted) return { ok: false, issues: missing };
  if (conflict.resolution) return { ok: true, id: [] };
  const mark: WriteOp = {
    kind: 'update',
    table: 'conflicts',
    id: conflictId,
    changes: { resolution, resolvedAt: now.toISOString(), resolvedByName },
  };
  if (resolution === 'dismissed') return writeRecords([mark]);
  const table = conflict.table as RecordTable;
  if (!RECORD_TABLES.includes(table) || table === 'conflicts')
    return { ok: false, issues: missing };
  return writeRecords([restoreOp(table, conflict.recordId, conflict.field, conflict.value), mark]);
}
