import {
  createHlcClock,
  expandStamps,
  isErased,
  mergeFields,
  RECORD_TABLES,
  type FieldState,
  type PulledRow,
  type RecordTable,
} from '@/core/index';
import { db } from '../database';
import { readSetting, SettingKey } from '../local-settings';
import { fieldStateOf, type Row } from '../records/row';
import { deviceNodeId } from '../records/device-clock';

export interface PulledPage {
  epoch: string;
  cursor: string;
  rows: PulledRow[];
  drop: string[];
  /** Outbox entries the server has now stored. */
  acknowledged: number[];
  /** Whether this page ends the sync. */
  finished: boolean;
  now: string;
}

export interface AppliedPage {
  /** Dropped scopes kept because they hold changes the server has not stored. */
  keptScopes: string[];
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

/**
 * Stores one page of a sync answer in one transaction: the pushed outbox
 * entries go, pulled rows merge field by field (src/core/sync/merge.ts),
 * erased records lose every field and every queued change, dropped cases
 * leave the device unless they still hold changes the server has not stored,
 * and the cursor moves on. The HLC moves past every pulled stamp, so the
 * next edit here wins over what was just seen.
 */
export async function applyPulledPage(page: PulledPage): Promise<AppliedPage> {
  const node = await deviceNodeId();
  const orgId = (await readSetting<string>(SettingKey.orgId)) ?? 'local';
  const byTable = groupByTable(page.rows);
  const prepared = await prepareNewRows(byTable, orgId, page.rows.length >= SEAL_AHEAD_FROM_ROWS);
  const tables = [
    ...RECORD_TABLES,
    'localOutbox',
    'localSettings',
    'localRecentCases',
    'localDrafts',
  ];
  return db.transaction('rw', tables, async () => {
    await db.localOutbox.bulkDelete(page.acknowledged);
    let newest = '';
    for (const [table, rows] of byTable) {
      const store = db.table<StoredRow, string>(table);
      // A first sync fills empty tables: nothing to merge with, and no reason to look up every key.
      const empty = (await store.limit(1).count()) === 0;
      const existing = empty ? [] : await store.bulkGet(rows.map((r) => r.id));
      const asNew = prepared.get(table)!;
      const merged: StoredRow[] = [];
      rows.forEach((pulled, i) => {
        // Only a row the device still lacks is written as prepared (and sealed) before.
        const known = existing[i];
        const next = known ? mergedRow(known, pulled, orgId) : asNew[i];
        if (next) merged.push(next);
        for (const stamp of Object.values(next?.stamps ?? {})) if (stamp > newest) newest = stamp;
      });
      await store.bulkPut(merged);
      const erased = merged
        .filter((row) => isErased(stateOf(row)))
        .map((row) => [table, row.id] as [string, string]);
      if (erased.length) await forgetErased(erased);
      if (table === 'caseFiles') for (const [, caseId] of erased) await purgeErasedCase(caseId);
    }
    const keptScopes = await dropScopes(page.drop);
    await advanceClock(node, newest);
    await db.localSettings.bulkPut([
      { key: SettingKey.syncEpoch, value: page.epoch },
      { key: SettingKey.syncCursor, value: page.cursor },
      ...(page.finished ? [{ key: SettingKey.lastSyncedAt, value: page.now }] : []),
    ]);
    return { keptScopes };
  });
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

async function dropScopes(scopes: string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const scope of scopes) {
    if ((await db.localOutbox.where('scope').equals(scope).count()) > 0) {
      kept.push(scope);
      continue;
    }
    for (const table of RECORD_TABLES) await db.table(table).where('scope').equals(scope).delete();
    await db.localRecentCases.delete(scope);
  }
  return kept;
}

async function advanceClock(node: string, newest: string): Promise<void> {
  if (!newest) return;
  const last = (await db.localSettings.get(SettingKey.hlcLast))?.value;
  // A device whose clock is behind still takes the remote time: its next edit must come after.
  const clock = createHlcClock({
    node,
    last: typeof last === 'string' ? last : undefined,
    maxDriftMs: Number.POSITIVE_INFINITY,
  });
  const received = clock.receive(newest);
  if (received.ok) await db.localSettings.put({ key: SettingKey.hlcLast, value: clock.last() });
}
