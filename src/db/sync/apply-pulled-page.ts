import {
  createHlcClock,
  ERASED_FIELD,
  expandStamps,
  isErased,
  mergeFields,
  RECORD_TABLES,
  type FieldState,
  type PulledRow,
  type RecordTable,
} from '@/core/index';
import { Dexie } from 'dexie';
import { db } from '../database';
import type { SettingEntry } from '../lotse-database';
import { SettingKey } from '../local-settings';
import { fieldStateOf, type Row } from '../records/row';
import { deviceNodeId } from '../records/device-clock';
import { readOrgId } from '../records/write-records';
import { dropOrKeep, KEPT_SCOPE_STORES, readKeptScopes } from './kept-scopes';
import { deleteAcknowledged } from './outbox-batch';
import { takeBackRefetched, type RefetchEntry } from './refetch';

export interface PulledPage {
  epoch: string;
  cursor: string;
  /** The epoch and cursor the device has stored (from the request): not written again. */
  stored?: { epoch: string | null; cursor: string | null };
  rows: PulledRow[];
  drop: string[];
  /** Outbox entries the server has now stored. */
  acknowledged: number[];
  /** The scopes of the changes the server has now stored (so this person may write there). */
  pushedScopes?: string[];
  /** Whether this page ends the sync. */
  finished: boolean;
  /** Records the request asked back whole (refetch.ts), and the server's answer. */
  refetch?: { asked: RefetchEntry[]; rows: PulledRow[] };
  now: string;
}

type StoredRow = Row<RecordTable>;

function stateOf(row: StoredRow | undefined): FieldState | undefined {
  return row && fieldStateOf(row);
}

function mergedRow(
  existing: StoredRow | undefined,
  pulled: PulledRow,
  orgId: string,
): StoredRow | undefined {
  const incoming = {
    fields: pulled.fields,
    stamps: expandStamps(Object.keys(pulled.fields), pulled),
  };
  const result = mergeFields(stateOf(existing), incoming);
  if (result.taken.length === 0) return undefined;
  const fields = Object.fromEntries(Object.entries(result.fields).filter(([, v]) => v !== null));
  return {
    ...fields,
    id: pulled.id,
    orgId: existing?.orgId ?? orgId,
    scope: pulled.scope,
    stamps: result.stamps,
  } as StoredRow;
}

function groupByTable(rows: PulledRow[]): Map<RecordTable, PulledRow[]> {
  const byTable = new Map<RecordTable, PulledRow[]>();
  for (const row of rows) {
    const list = byTable.get(row.table);
    if (list) list.push(row);
    else byTable.set(row.table, [row]);
  }
  return byTable;
}

/**
 * From this many rows a page is sealed ahead: such pages are mostly rows the
 * device lacks (a first sync, a case handed over), and sealing them in the
 * transaction would cost most of its time. Smaller pages are mostly edits of
 * rows the device has, which are merged and sealed in the transaction.
 */
const SEAL_AHEAD_FROM_ROWS = 200;

/**
 * Each pulled row as it is stored if the device does not have it yet; on a
 * large page, sealed ahead of the transaction (db.sealAhead, which freezes them).
 */
async function prepareNewRows(
  byTable: Map<RecordTable, PulledRow[]>,
  orgId: string,
  sealAhead: boolean,
): Promise<Map<RecordTable, (StoredRow | undefined)[]>> {
  const prepared = new Map<RecordTable, (StoredRow | undefined)[]>();
  for (const [table, rows] of byTable)
    prepared.set(
      table,
      rows.map((pulled) => mergedRow(undefined, pulled, orgId)),
    );
  if (sealAhead)
    await Promise.all(
      [...prepared].map(([table, rows]) =>
        db.sealAhead(
          table,
          rows.filter((row) => !!row),
        ),
      ),
    );
  return prepared;
}

/** A page made ready to store: the work that needs no transaction, done before it. */
export interface PreparedPage {
  page: PulledPage;
  node: string;
  orgId: string;
  byTable: Map<RecordTable, PulledRow[]>;
  /** Per table, each pulled row as stored if the device lacks it (sealed ahead on large pages). */
  asNew: Map<RecordTable, (StoredRow | undefined)[]>;
}

/**
 * Everything of storing a page that can run before its transaction, and so
 * while the page before is still being written. Stores nothing.
 */
export async function preparePulledPage(orgId: string, page: PulledPage): Promise<PreparedPage> {
  const node = await deviceNodeId();
  const byTable = groupByTable(page.rows);
  const asNew = await prepareNewRows(byTable, orgId, page.rows.length >= SEAL_AHEAD_FROM_ROWS);
  return { page, node, orgId, byTable, asNew };
}

export async function applyPulledPage(page: PulledPage): Promise<void> {
  return storePulledPage(await preparePulledPage(await readOrgId(), page));
}

/**
 * Stores one page of a sync answer in one transaction: the pushed outbox
 * entries go, pulled rows merge field by field (src/core/sync/merge.ts),
 * erased records lose every field and every queued change, dropped cases
 * leave the device unless they still hold changes the server has not stored,
 * and the cursor moves on. The HLC moves past every pulled stamp, so the
 * next edit here wins over what was just seen. Whatever the device stored
 * since the page was prepared is merged with, not overwritten.
 */
export async function storePulledPage(prepared: PreparedPage): Promise<void> {
  const { page, byTable } = prepared;
  return db.transaction('rw', tablesToStore(prepared), async () => {
    const acknowledged = deleteAcknowledged(page.acknowledged);
    // Only pulled rows can move the clock.
    const lastStamp = byTable.size ? db.localSettings.get(SettingKey.hlcLast) : undefined;
    // Cases taken from this person, and kept ones that are theirs again (kept-scopes.ts).
    const visible = new Set([...page.rows.map((row) => row.scope), ...(page.pushedScopes ?? [])]);
    const keptBefore = page.drop.length || visible.size ? readKeptScopes() : undefined;
    // Each batch is written as soon as it is merged and sealed, while the next ones are
    // still read and opened: a Dexie promise calls back in the transaction's zone,
    // whoever resolves it. One wait keeps the transaction open for all of them
    // (Dexie.waitFor must not overlap itself; and a wait's end comes only after
    // every request queued before it, so a wait per batch would hold each write back).
    const stored = (await readStoredBatches(prepared)).map((batch) =>
      Dexie.Promise.resolve(mergeBatch(prepared, batch)).then(async (merged) => {
        if (merged.rows.length) await db.table(merged.table).bulkPut(merged.rows);
        return merged;
      }),
    );
    const merged = stored.length ? await Dexie.waitFor(Promise.all(stored)) : [];
    const newest = merged.reduce((max, batch) => (batch.newest > max ? batch.newest : max), '');
    const erased = merged.flatMap((batch) => batch.erased);
    const settings = settingsAfter(
      page,
      advancedClock(prepared.node, newest, (await lastStamp)?.value),
    );
    await Promise.all([acknowledged, db.localSettings.bulkPut(settings)]);
    if (erased.length) await forgetErased(erased);
    for (const [table, caseId] of erased) if (table === 'caseFiles') await purgeErasedCase(caseId);
    if (page.refetch) await takeBackRefetched(page.refetch.asked, page.refetch.rows);
    if (keptBefore) await dropOrKeep(page.drop, visible, await keptBefore);
  });
}

/**
 * Where the device stands after the page: epoch and cursor where they
 * changed, when it finished, and its clock if it moved.
 */
function settingsAfter(page: PulledPage, clock?: string): SettingEntry[] {
  const { stored } = page;
  return [
    ...(page.epoch !== stored?.epoch ? [{ key: SettingKey.syncEpoch, value: page.epoch }] : []),
    ...(page.cursor !== stored?.cursor ? [{ key: SettingKey.syncCursor, value: page.cursor }] : []),
    ...(page.finished ? [{ key: SettingKey.lastSyncedAt, value: page.now }] : []),
    ...(clock ? [{ key: SettingKey.hlcLast, value: clock }] : []),
  ];
}

/**
 * The stores a page's transaction needs: the tables it brings rows for or
 * takes values back into (refetch.ts), the outbox and the settings, and
 * everything when it erases or drops a case (which reaches into every table,
 * drafts and recently opened cases). An erasure can only arrive as a pulled
 * `erased` field.
 */
function tablesToStore({ page, byTable }: PreparedPage): string[] {
  const erases = page.rows.some((row) => row.fields[ERASED_FIELD] === true);
  if (erases || page.drop.length) return [...KEPT_SCOPE_STORES, 'localDrafts'];
  const refetched = page.refetch?.asked.map((entry) => entry.table) ?? [];
  return [...new Set([...byTable.keys(), ...refetched]), 'localOutbox', 'localSettings'];
}

/** From this many rows of a table, a page first finds out which of them the device has. */
const KEY_SCAN_FROM_ROWS = 200;

/**
 * Pulled rows are stored in batches of this many, each read, opened, merged,
 * sealed and written on its own: IndexedDB reads the next batches while
 * WebCrypto opens this one, and writes it while the next are opened. Not
 * fewer: for a write of fewer rows, Dexie updates its live queries' cached
 * results inside the transaction, row by row.
 */
const STORE_BATCH_ROWS = 50;

interface StoreBatch {
  table: RecordTable;
  rows: PulledRow[];
  /** Each row as prepared for a device that lacks it (asNew). */
  asNew: (StoredRow | undefined)[];
  /** Of the rows' ids, those to read, and their sealed forms being read. */
  wanted: string[];
  stored: Promise<unknown[]>;
}

/** The page's rows in batches, the device's rows for each already being read. */
async function readStoredBatches({ byTable, asNew }: PreparedPage): Promise<StoreBatch[]> {
  const perTable = await Promise.all(
    [...byTable].map(async ([table, rows]) => {
      const ids = rows.map((row) => row.id);
      const toRead = new Set(await idsToRead(table, ids));
      const prepared = asNew.get(table)!;
      const batches: StoreBatch[] = [];
      for (let start = 0; start < rows.length; start += STORE_BATCH_ROWS) {
        const end = start + STORE_BATCH_ROWS;
        const batchRows = rows.slice(start, end);
        const wanted = ids.slice(start, end).filter((id) => toRead.has(id));
        batches.push({
          table,
          rows: batchRows,
          asNew: prepared.slice(start, end),
          wanted,
          stored: wanted.length ? db.readSealed(table, wanted) : Promise.resolve([]),
        });
      }
      return batches;
    }),
  );
  return perTable.flat();
}

/**
 * A batch's pulled rows merged field by field into what the device has
 * (opened natively), or as prepared where it has nothing, sealed natively;
 * with the newest stamp among them and the records they erase. Touches no
 * table; the transaction waits for it.
 */
async function mergeBatch(
  { orgId }: PreparedPage,
  { table, rows, asNew, wanted, stored }: StoreBatch,
) {
  const opened = await db.openSealed(table, await stored, wanted);
  const existing = new Map(wanted.map((id, i) => [id, opened[i] as StoredRow | undefined]));
  const merged: StoredRow[] = [];
  let newest = '';
  const erased: [RecordTable, string][] = [];
  rows.forEach((row, i) => {
    // Only a row the device still lacks is written as prepared (and sealed) before.
    const known = existing.get(row.id);
    const next = known ? mergedRow(known, row, orgId) : asNew[i];
    if (!next) return;
    merged.push(next);
    for (const stamp of Object.values(next.stamps)) if (stamp > newest) newest = stamp;
    if (isErased(stateOf(next))) erased.push([table, next.id]);
  });
  await db.sealAhead(table, merged); // rows sealed ahead (as prepared) are skipped
  return { table, rows: merged, newest, erased };
}

/**
 * Which of `ids` to read. A large page into an empty table (a first sync) has
 * nothing to read. One into a table not much larger (the later pages of a
 * first sync) reads the table's keys once and asks only for the rows it has.
 */
async function idsToRead(table: RecordTable, ids: string[]): Promise<string[]> {
  if (ids.length < KEY_SCAN_FROM_ROWS) return ids;
  const store = db.table<StoredRow, string>(table);
  const count = await store.count();
  if (count === 0) return [];
  if (count > ids.length * 4) return ids;
  const keys = new Set(await store.toCollection().primaryKeys());
  return ids.filter((id) => keys.has(id));
}

/**
 * An erasure reaches the device: queued edits, half-typed drafts and the
 * "recently opened" entry of those records go too, so nothing of the person
 * stays behind (drafts are keyed by their form and record id).
 */
async function forgetErased(erased: [string, string][]): Promise<void> {
  await db.localOutbox.where('[table+recordId]').anyOf(erased).delete();
  const ids = erased.map(([, id]) => id);
  await db.localDrafts.filter((draft) => ids.some((id) => draft.key.includes(id))).delete();
  await db.localRecentCases.bulkDelete(ids);
}

/**
 * An erased case takes everything in it off the device, also records that
 * never reached the server (written offline after the erasure; the server
 * drops those): only tombstones stay.
 */
async function purgeErasedCase(caseId: string): Promise<void> {
  await db.localOutbox.where('scope').equals(caseId).delete();
  for (const table of RECORD_TABLES) {
    const rows = await db.table<StoredRow, string>(table).where('scope').equals(caseId).toArray();
    const living = rows.filter((row) => !isErased(stateOf(row))).map((row) => row.id);
    if (living.length) await forgetErased(living.map((id) => [table, id]));
    await db.table(table).bulkDelete(living);
  }
}

/** The device's clock after seeing `newest` (undefined: nothing seen, it stays). */
function advancedClock(node: string, newest: string, last: unknown): string | undefined {
  if (!newest) return undefined;
  // A device whose clock is behind still takes the remote time: its next edit must come after.
  const clock = createHlcClock({
    node,
    last: typeof last === 'string' ? last : undefined,
    maxDriftMs: Number.POSITIVE_INFINITY,
  });
  return clock.receive(newest).ok ? clock.last() : undefined;
}
