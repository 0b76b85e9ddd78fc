import {
  ORG_SCOPE,
  ORG_WIDE_TABLES,
  RECORD_SCHEMAS,
  RECORD_TABLES,
  createId,
  toRecordIssues,
  type RecordInput,
  type RecordIssue,
  type RecordTable,
  type WriteResult,
} from '@/core/index';
import { db } from '../database';
import { readSetting, SettingKey } from '../local-settings';
import { crossCheck } from './cross-checks';
import { deviceNodeId, storeClock, transactionClock } from './device-clock';
import { withoutSyncMeta, type Row } from './row';

/**
 * The one way records are written on the device. Every write:
 * - validates the record's complete fields with its schema from src/core, plus
 *   the checks that need other records (cross-checks); a refused write stores
 *   nothing at all, not even the other writes of its batch;
 * - stamps each field it changes with a fresh HLC stamp;
 * - appends what it changed to the outbox in the same transaction, so a change
 *   is never stored without being queued for sync, nor queued without being stored.
 */
export type WriteOp =
  | { kind: 'create'; table: RecordTable; id?: string; scope?: string; fields: unknown }
  | { kind: 'update'; table: RecordTable; id: string; changes: Record<string, unknown> }
  | { kind: 'delete'; table: RecordTable; id: string };

export const LOCAL_ORG_ID = 'local';

class RefusedWrite extends Error {
  constructor(readonly issues: RecordIssue[]) {
    super('refused write');
  }
}

function fieldsOf(row: object): Record<string, unknown> {
  const { id: _id, ...fields } = withoutSyncMeta(row);
  return fields;
}

function scopeFor(table: RecordTable, id: string, fields: Record<string, unknown>, given?: string) {
  if (given) return given;
  if (ORG_WIDE_TABLES.includes(table)) return ORG_SCOPE;
  if (table === 'caseFiles') return id;
  if (typeof fields.caseId === 'string') return fields.caseId;
  throw new Error(`A ${table} record needs an explicit scope`);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function writeRecords(ops: WriteOp[]): Promise<WriteResult<string[]>> {
  const node = await deviceNodeId();
  const orgId = (await readSetting<string>(SettingKey.orgId)) ?? LOCAL_ORG_ID;
  const tables = [...RECORD_TABLES, 'localOutbox', 'localSettings'];
  try {
    const ids = await db.transaction('rw', tables, async () => {
      const hlc = await transactionClock(node);
      const written: string[] = [];
      const now = new Date().toISOString();
      for (const op of ops) {
        const table = db.table<Row<RecordTable>, string>(op.table);
        const id = op.kind === 'create' ? (op.id ?? createId()) : op.id;
        const existing = op.kind === 'create' ? undefined : await table.get(id);
        if (op.kind !== 'create' && (!existing || existing.deleted))
          throw new RefusedWrite([{ path: '', key: 'recordMissing' }]);

        let next: Record<string, unknown>;
        if (op.kind === 'delete') next = { ...fieldsOf(existing!), deleted: true };
        else {
          const input =
            op.kind === 'create' ? op.fields : { ...fieldsOf(existing!), ...op.changes };
          const parsed = RECORD_SCHEMAS[op.table].safeParse(input);
          if (!parsed.success) throw new RefusedWrite(toRecordIssues(parsed.error));
          next = parsed.data;
          const issues = await crossCheck(op.table, id, next);
          if (issues.length) throw new RefusedWrite(issues);
        }

        const previous = existing ? fieldsOf(existing) : {};
        const changedNames = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter(
          (name) => !sameValue(previous[name], next[name]),
        );
        if (changedNames.length === 0) {
          written.push(id);
          continue;
        }
        const stamps: Record<string, string> = { ...(existing?.stamps ?? {}) };
        const changedFields: Record<string, unknown> = {};
        const changedStamps: Record<string, string> = {};
        for (const name of changedNames) {
          stamps[name] = changedStamps[name] = hlc.tick();
          changedFields[name] = next[name] ?? null;
        }
        const scope =
          existing?.scope ??
          scopeFor(op.table, id, next, op.kind === 'create' ? op.scope : undefined);
        const row = {
          ...next,
          id,
          orgId: existing?.orgId ?? orgId,
          scope,
          stamps,
        } as Row<RecordTable>;
        await table.put(row);
        await db.localOutbox.add({
          table: op.table,
          recordId: id,
          fields: changedFields,
          stamps: changedStamps,
          createdAt: now,
        });
        written.push(id);
      }
      await storeClock(hlc);
      return written;
    });
    return { ok: true, id: ids };
  } catch (error) {
    if (error instanceof RefusedWrite) return { ok: false, issues: error.issues };
    throw error;
  }
}

function single(result: WriteResult<string[]>): WriteResult {
  return result.ok ? { ok: true, id: result.id[0]! } : result;
}

export async function createRecord<T extends RecordTable>(
  table: T,
  fields: RecordInput<T>,
  options: { id?: string; scope?: string } = {},
): Promise<WriteResult> {
  return single(await writeRecords([{ kind: 'create', table, fields, ...options }]));
}

export async function updateRecord<T extends RecordTable>(
  table: T,
  id: string,
  changes: Partial<RecordInput<T>>,
): Promise<WriteResult> {
  return single(await writeRecords([{ kind: 'update', table, id, changes }]));
}

export async function deleteRecord(table: RecordTable, id: string): Promise<WriteResult> {
  return single(await writeRecords([{ kind: 'delete', table, id }]));
}
