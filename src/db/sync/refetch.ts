import type { PulledRow, RecordRef, RecordTable } from '@/core/index';
import { expandStamps } from '@/core/index';
import { db } from '../database';
import type { OutboxEntry } from '../lotse-database';
import { SettingKey } from '../local-settings';
import type { Row } from '../records/row';

/**
 * Changes the person gave up after the server refused them leave their
 * values in the record on the device, stamped newer than anything the server
 * has: merging would keep them for good, and the device would show what no
 * one else sees. So the device remembers which fields it gave up, asks the
 * server for those records whole with its next sync (`refetch`,
 * docs/PROTOCOL.md), and puts the server's values back in their place.
 *
 * The list lives in the settings (never synced) and survives a restart.
 * rememberGivenUp and takeBackRefetched run inside the caller's transaction,
 * which must hold localSettings (and, for takeBackRefetched, the asked
 * tables and localOutbox).
 */
export interface RefetchEntry {
  table: RecordTable;
  id: string;
  /** The fields whose values the device gave up. */
  fields: string[];
}

export function readRefetch(): Promise<RefetchEntry[]> {
  // Not async: a caller in a transaction may await it later (Dexie's promise keeps the zone).
  return db.localSettings
    .get(SettingKey.refetch)
    .then((entry) => (entry?.value as RefetchEntry[] | undefined) ?? []);
}

export function refsOf(entries: readonly RefetchEntry[]): RecordRef[] {
  return entries.map(({ table, id }) => ({ table, id }));
}

/** Adds the fields of given-up outbox entries to the list. */
export async function rememberGivenUp(given: readonly OutboxEntry[]): Promise<void> {
  const list = await readRefetch();
  for (const entry of given) {
    const known = list.find((e) => e.table === entry.table && e.id === entry.recordId);
    const fields = Object.keys(entry.fields);
    if (known) known.fields = [...new Set([...known.fields, ...fields])].sort();
    else list.push({ table: entry.table, id: entry.recordId, fields: fields.sort() });
  }
  await db.localSettings.put({ key: SettingKey.refetch, value: list });
}

/**
 * The server's answer to `asked`: each given-up field gets the server's value
 * and stamp back, or goes when the server lacks it (a record the server never
 * took goes entirely) — except fields edited again since, which wait in the
 * outbox and win. Then the asked fields leave the list (fields given up while
 * the request travelled stay for the next sync).
 */
export async function takeBackRefetched(
  asked: readonly RefetchEntry[],
  answer: readonly PulledRow[],
): Promise<void> {
  for (const { table, id, fields } of asked) {
    const store = db.table<Row<RecordTable>, string>(table);
    const row = await store.get(id);
    if (!row) continue;
    const pending = await db.localOutbox.where('[table+recordId]').equals([table, id]).toArray();
    const edited = new Set(pending.flatMap((entry) => Object.keys(entry.fields)));
    const server = answer.find((r) => r.table === table && r.id === id);
    const serverStamps = server ? expandStamps(Object.keys(server.fields), server) : {};
    const next = { ...row, stamps: { ...row.stamps } } as Record<string, unknown> & {
      stamps: Record<string, string>;
    };
    for (const field of fields) {
      if (edited.has(field)) continue;
      const stamp = serverStamps[field];
      const value = server?.fields[field];
      if (stamp === undefined || value === null || value === undefined) delete next[field];
      else next[field] = value;
      if (stamp === undefined) delete next.stamps[field];
      else next.stamps[field] = stamp;
    }
    if (Object.keys(next.stamps).length === 0) await store.delete(id);
    else await store.put(next as Row<RecordTable>);
  }
  const list = await readRefetch();
  const left = list
    .map((entry) => {
      const done = asked.find((a) => a.table === entry.table && a.id === entry.id);
      return done
        ? { ...entry, fields: entry.fields.filter((f) => !done.fields.includes(f)) }
        : entry;
    })
    .filter((entry) => entry.fields.length > 0);
  await db.localSettings.put({ key: SettingKey.refetch, value: left });
}

/** A re-sent row leaves out what the device gave up: the restored server must not take it. */
export function withoutGivenUp(
  list: readonly RefetchEntry[],
  table: RecordTable,
  id: string,
): ReadonlySet<string> {
  return new Set(list.find((e) => e.table === table && e.id === id)?.fields ?? []);
}
