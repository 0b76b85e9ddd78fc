import { randomBytes } from 'node:crypto';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ServerDatabase, SyncLogKind, SyncLogTable, SyncRecordTable } from '../db/schema';
import type { StorageKind } from '../db/database';

/** A record of the store, its JSON columns decoded. */
export interface StoredRecord {
  orgId: string;
  id: string;
  table: string;
  scope: string;
  fields: Record<string, unknown>;
  stamps: Record<string, string>;
  /** Per field, the sequence number that last changed it. */
  fieldSeqs: Record<string, number>;
  /** Per field, the id of the user who wrote its current value. */
  authors: Record<string, string>;
  /**
   * Per field, stamps of values that arrived after a newer one with the same
   * value: nothing was lost then, and a push sent again must not make a
   * conflict of them later (the change log knows only stored values).
   */
  absorbed?: Record<string, string[]>;
  seq: number;
  erased: boolean;
}

export function decodeRecord(row: Selectable<SyncRecordTable>): StoredRecord {
  return {
    orgId: row.org_id,
    id: row.id,
    table: row.tbl,
    scope: row.scope,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    stamps: JSON.parse(row.stamps) as Record<string, string>,
    fieldSeqs: JSON.parse(row.field_seqs) as Record<string, number>,
    authors: JSON.parse(row.authors) as Record<string, string>,
    absorbed: JSON.parse(row.absorbed) as Record<string, string[]>,
    seq: Number(row.seq),
    erased: row.erased === 1,
  };
}

function encodeRecord(record: StoredRecord): Insertable<SyncRecordTable> {
  return {
    org_id: record.orgId,
    id: record.id,
    tbl: record.table,
    scope: record.scope,
    fields: JSON.stringify(record.fields),
    stamps: JSON.stringify(record.stamps),
    field_seqs: JSON.stringify(record.fieldSeqs),
    authors: JSON.stringify(record.authors),
    absorbed: JSON.stringify(record.absorbed ?? {}),
    seq: record.seq,
    erased: record.erased ? 1 : 0,
  };
}

const CHUNK = 500;

/** Items in slices small enough for one statement's parameters on both backends. */
export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function loadRecords(
  db: Kysely<ServerDatabase>,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom('sync_records')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('id', 'in', part)
      .execute();
    for (const row of rows) found.set(row.id, decodeRecord(row));
  }
  return found;
}

export async function loadScopeRecords(
  db: Kysely<ServerDatabase>,
  orgId: string,
  scope: string,
): Promise<StoredRecord[]> {
  const rows = await db
    .selectFrom('sync_records')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('scope', '=', scope)
    .execute();
  return rows.map(decodeRecord);
}

export async function saveRecords(
  db: Kysely<ServerDatabase>,
  records: readonly StoredRecord[],
): Promise<void> {
  for (const part of chunks(records)) {
    await db
      .insertInto('sync_records')
      .values(part.map(encodeRecord))
      .onConflict((oc) =>
        oc.columns(['org_id', 'id']).doUpdateSet((eb) => ({
          fields: eb.ref('excluded.fields'),
          stamps: eb.ref('excluded.stamps'),
          field_seqs: eb.ref('excluded.field_seqs'),
          authors: eb.ref('excluded.authors'),
          absorbed: eb.ref('excluded.absorbed'),
          seq: eb.ref('excluded.seq'),
          erased: eb.ref('excluded.erased'),
        })),
      )
      .execute();
  }
}

export interface LogEntry {
  seq: number;
  kind: SyncLogKind;
  table: string;
  recordId: string;
  scope: string;
  stamps: Record<string, string>;
  authorId: string | null;
  sessionId: string | null;
  subjectId?: string | null;
}

/** A log entry's tag: random, so that a cursor from another history of the store is told apart. */
const TAG_BYTES = 4;

export async function appendLog(
  db: Kysely<ServerDatabase>,
  orgId: string,
  at: Date,
  entries: readonly LogEntry[],
): Promise<void> {
  // One draw for all tags: a call per entry costs more than the entry's insert.
  const tags = randomBytes(TAG_BYTES * entries.length).toString('hex');
  const rows: Insertable<SyncLogTable>[] = entries.map((e, i) => ({
    org_id: orgId,
    seq: e.seq,
    tag: tags.slice(i * TAG_BYTES * 2, (i + 1) * TAG_BYTES * 2),
    kind: e.kind,
    tbl: e.table,
    record_id: e.recordId,
    scope: e.scope,
    stamps: JSON.stringify(e.stamps),
    author_id: e.authorId,
    session_id: e.sessionId,
    subject_id: e.subjectId ?? null,
    at: at.toISOString(),
  }));
  for (const part of chunks(rows)) await db.insertInto('sync_log').values(part).execute();
}

export async function readLogTag(
  db: Kysely<ServerDatabase>,
  orgId: string,
  seq: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('sync_log')
    .select('tag')
    .where('org_id', '=', orgId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row?.tag;
}

/**
 * Takes the organisation's sequence for the rest of the transaction and
 * answers its last number. On PostgreSQL the row lock serialises the pushes of
 * one organisation, so sequence numbers become visible in order: a reader
 * never sees number n + 1 before n. (SQLite serialises all writes anyway.)
 */
export async function lockSequence(
  db: Kysely<ServerDatabase>,
  kind: StorageKind,
  orgId: string,
): Promise<number> {
  await db
    .insertInto('sync_sequences')
    .values({ org_id: orgId, last_seq: 0 })
    .onConflict((oc) => oc.column('org_id').doNothing())
    .execute();
  let query = db.selectFrom('sync_sequences').select('last_seq').where('org_id', '=', orgId);
  if (kind === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export async function saveSequence(
  db: Kysely<ServerDatabase>,
  orgId: string,
  lastSeq: number,
): Promise<void> {
  await db
    .updateTable('sync_sequences')
    .set({ last_seq: lastSeq })
    .where('org_id', '=', orgId)
    .execute();
}

export async function readLastSeq(db: Kysely<ServerDatabase>, orgId: string): Promise<number> {
  const row = await db
    .selectFrom('sync_sequences')
    .select('last_seq')
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  return row ? Number(row.last_seq) : 0;
}
