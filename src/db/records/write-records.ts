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
  type HlcClock,
} from '@/core/index';
import { db } from '../database';
import { readSetting, SettingKey } from '../local-settings';
import { readKeptScopes } from '../sync/kept-scopes';
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
 *   is never stored without being queued for sync, nor queued without being stored;
 * - refuses to write into a case taken from this person that stays on the
 *   device only for their unsent changes (kept-scopes.ts): the server would
 *   refuse every further change to it.
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

/** The record's fields after the operation, validated; throws RefusedWrite when they are not valid. */
async function nextFields(
  op: WriteOp,
  id: string,
  existing: Row<RecordTable> | undefined,
): Promise<Record<string, unknown>> {
  if (op.kind !== 'create' && (!existing || existing.deleted))
    throw new RefusedWrite([{ path: '', key: 'recordMissing' }]);
  if (op.kind === 'delete') return { ...fieldsOf(existing!), deleted: true };
  const input = op.kind === 'create' ? op.fields : { ...fieldsOf(existing!), ...op.changes };
  const parsed = RECORD_SCHEMAS[op.table].safeParse(input);
  if (!parsed.success) throw new RefusedWrite(toRecordIssues(parsed.error));
  const issues = await crossCheck(op.table, id, parsed.data);
  if (issues.length) throw new RefusedWrite(issues);
  return parsed.data;
}

/**
 * Stores the row and queues exactly the fields that changed, all with one
 * fresh stamp (one write, one event), each with the stamp it had before as
 * its base: the server tells a concurrent edit from a later one by it.
 */
async function storeChange(
  op: WriteOp,
  id: string,
  existing: Row<RecordTable> | undefined,
  next: Record<string, unknown>,
  context: { hlc: HlcClock; orgId: string; now: string; kept: readonly string[] },
): Promise<void> {
  const previous = existing ? fieldsOf(existing) : {};
  const changedNames = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter(
    (name) => !sameValue(previous[name], next[name]),
  );
  if (changedNames.length === 0) return;
  const stamp = context.hlc.tick();
  const stamps: Record<string, string> = { ...(existing?.stamps ?? {}) };
  const changedFields: Record<string, unknown> = {};
  const changedStamps: Record<string, string> = {};
  const bases: Record<string, string> = {};
  for (const name of changedNames) {
    const base = stamps[name];
    if (base !== undefined) bases[name] = base;
    stamps[name] = changedStamps[name] = stamp;
    changedFields[name] = next[name] ?? null;
  }
  const scope =
    existing?.scope ?? scopeFor(op.table, id, next, op.kind === 'create' ? op.scope : undefined);
  if (context.kept.includes(scope)) throw new RefusedWrite([{ path: '', key: 'caseTaken' }]);
  const orgId = existing?.orgId ?? context.orgId;
  const row = { ...next, id, orgId, scope, stamps } as Row<RecordTable>;
  await db.table<Row<RecordTable>, string>(op.table).put(row);
  await db.localOutbox.add({
    table: op.table,
    recordId: id,
    scope,
    fields: changedFields,
    stamps: changedStamps,
    ...(Object.keys(bases).length ? { bases } : {}),
    createdAt: context.now,
  });
}

/** The organisation this device's records belong to: the stored one, LOCAL_ORG_ID before the first login. */
export function orgIdOrLocal(stored: string | null | undefined): string {
  return stored ?? LOCAL_ORG_ID;
}

export async function readOrgId(): Promise<string> {
  return orgIdOrLocal(await readSetting<string>(SettingKey.orgId));
}

export async function writeRecords(ops: WriteOp[]): Promise<WriteResult<string[]>> {
  const node = await deviceNodeId();
  const orgId = await readOrgId();
  const tables = [...RECORD_TABLES, 'localOutbox', 'localSettings'];
  try {
    const ids = await db.transaction('rw', tables, async () => {
      const context = {
        hlc: await transactionClock(node),
        orgId,
        now: new Date().toISOString(),
        kept: await readKeptScopes(),
      };
      const written: string[] = [];
      for (const op of ops) {
        const id = op.kind === 'create' ? (op.id ?? createId()) : op.id;
        const existing =
          op.kind === 'create'
            ? undefined
            : await db.table<Row<RecordTable>, string>(op.table).get(id);
        const next = await nextFields(op, id, existing);
        await storeChange(op, id, existing, next, context);
        written.push(id);
      }
      await storeClock(context.hlc);
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
