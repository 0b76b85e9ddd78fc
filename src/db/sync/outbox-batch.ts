import { collapseOutbox, MAX_PUSH_CHANGES, type PushedChange } from '@/core/index';
import { Dexie } from 'dexie';
import { db } from '../database';
import { SettingKey } from '../local-settings';
import type { OutboxEntry } from '../lotse-database';
import { dropKeptWithoutChanges, KEPT_SCOPE_STORES } from './kept-scopes';
import { rememberGivenUp } from './refetch';

/** Records kept free at the end of a batch for the rest of cases already in it. */
const SCOPE_ROOM = 100;

export interface OutboxBatch {
  changes: PushedChange[];
  /** The outbox entries the batch carries, removed once the server has stored them. */
  seqs: number[];
  /** For each pushed change, the seqs of its entries (to mark them when the server refuses it). */
  seqsOfChange: number[][];
}

/**
 * The whole outbox, in order, still sealed: read in one request (a cursor
 * would cost a round trip per entry), inside the caller's transaction.
 */
export function readSealedOutbox(): Promise<unknown[]> {
  return db.readAllSealed('localOutbox');
}

/** Sealed outbox entries opened natively, after their transaction. */
export async function openOutbox(stored: unknown[]): Promise<OutboxEntry[]> {
  const seqs = stored.map((row) => (row as OutboxEntry).seq);
  return (await db.openSealed('localOutbox', stored, seqs)) as unknown as OutboxEntry[];
}

/**
 * The oldest waiting changes of `outbox` (in order), at most MAX_PUSH_CHANGES
 * records, folded into one change per record. Refused entries wait for the
 * user and are left out.
 */
export function outboxBatchOf(outbox: readonly OutboxEntry[]): OutboxBatch {
  const entries: OutboxEntry[] = [];
  const records = new Set<string>();
  const scopes = new Set<string>();
  for (const entry of outbox) {
    if (entry.refused) continue;
    const key = `${entry.table}/${entry.recordId}`;
    // Near the limit, only records of cases already in the batch join it: a new
    // case must not travel without its case file, which makes the server accept it.
    const full =
      records.size >= MAX_PUSH_CHANGES ||
      (records.size >= MAX_PUSH_CHANGES - SCOPE_ROOM && !scopes.has(entry.scope));
    if (!records.has(key) && full) continue;
    records.add(key);
    scopes.add(entry.scope);
    entries.push(entry);
  }
  const changes = collapseOutbox(entries);
  const seqsByRecord = new Map<string, number[]>();
  for (const entry of entries) {
    const key = `${entry.table}/${entry.recordId}`;
    seqsByRecord.set(key, [...(seqsByRecord.get(key) ?? []), entry.seq!]);
  }
  return {
    changes,
    seqs: entries.map((e) => e.seq!),
    seqsOfChange: changes.map((c) => seqsByRecord.get(`${c.table}/${c.id}`) ?? []),
  };
}

/** Sorted whole numbers as runs of consecutive ones, [first, last] each. */
export function consecutiveRuns(numbers: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const run = runs.at(-1);
    if (run && n === run[1] + 1) run[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

/** DBCoreRangeType.Range: a const enum, which cannot be imported as a value. */
const KEY_RANGE = 2;

/**
 * Removes the outbox entries the server has stored, inside the caller's
 * transaction. A batch is mostly consecutive entries (seq is auto-incremented),
 * and a run of whole numbers leaves no other key between them: each run goes
 * as one range deletion. It goes straight to the table's DBCore (through every
 * middleware, so live queries see it): Collection.delete() would count the
 * range first and hold the transaction's other writes until it is done, three
 * round trips to IndexedDB in a row where one does.
 */
export function deleteAcknowledged(seqs: readonly number[]): Promise<unknown> {
  // Not async: an extra native await here would let Dexie's transaction zone lapse.
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans) return Dexie.Promise.reject(new Error('Outbox entries are deleted in a transaction'));
  const outbox = db.localOutbox.core;
  return Dexie.Promise.all(
    consecutiveRuns(seqs).map(([first, last]) =>
      outbox
        .mutate({
          trans,
          type: 'deleteRange',
          range: { type: KEY_RANGE, lower: first, upper: last },
        })
        .then(({ numFailures }) => {
          if (numFailures) throw new Error(`Outbox entries ${first}–${last} could not be deleted`);
        }),
    ),
  );
}

/**
 * The outbox's refused entries. Refused is inside each entry's sealed part,
 * so this opens every waiting entry: callers ask mayHoldRefused() first.
 */
export function readRefusedEntries(): Promise<OutboxEntry[]> {
  // Not async: a caller in a transaction may await it later (Dexie's promise keeps the zone).
  return refusedInOutbox().toArray();
}

function refusedInOutbox() {
  return db.localOutbox.filter((e) => !!e.refused);
}

/**
 * Whether the outbox may hold refused entries: false only once a transaction
 * that changed them found none left. Every refusal is marked here and noted
 * in the same transaction (markRefused); entries that leave another way (a
 * case dropped or erased) leave the note at maybe until recheckRefused.
 */
export function mayHoldRefused(): Promise<boolean> {
  return db.localSettings
    .get(SettingKey.outboxMayHoldRefused)
    .then((entry) => entry?.value !== false);
}

function noteRefused(any: boolean): Promise<unknown> {
  return db.localSettings.put({ key: SettingKey.outboxMayHoldRefused, value: any });
}

/** Looks through the outbox and notes whether refused entries remain, in the caller's transaction. */
function noteWhetherRefusedRemain(): Promise<unknown> {
  return refusedInOutbox()
    .count()
    .then((left) => noteRefused(left > 0));
}

/**
 * Looks whether the outbox still holds refused entries, where it may (at each
 * start): on a device that has not noted it yet, and where refused entries
 * left by another way than this file (a case dropped or erased with them).
 * Once it holds none, the sync status stops opening every waiting change.
 */
export async function recheckRefused(): Promise<void> {
  await db.transaction('rw', db.localOutbox, db.localSettings, async () => {
    if (await mayHoldRefused()) await noteWhetherRefusedRemain();
  });
}

/** Keeps refused entries, marked with the server's reason, so the user can see and decide. */
export async function markRefused(
  refusals: { seqs: number[]; code: string; message: string }[],
  at: string,
): Promise<void> {
  await db.transaction('rw', db.localOutbox, db.localSettings, async () => {
    await noteRefused(true);
    for (const { seqs, code, message } of refusals)
      await db.localOutbox.where('seq').anyOf(seqs).modify({ refused: { code, message, at } });
  });
}

/** The user asks to try refused changes again (e.g. after the case was given back to them). */
export async function retryRefused(): Promise<void> {
  await db.transaction('rw', db.localOutbox, db.localSettings, async () => {
    await refusedInOutbox().modify((entry) => {
      delete entry.refused;
    });
    await noteRefused(false);
  });
}

/**
 * The user gives up a refused change for good: the only way an outbox entry
 * leaves unsent. The record takes the server's values back at the next sync
 * (refetch.ts). A case taken from the user that stayed only for such changes
 * leaves with the last of them (kept-scopes.ts).
 */
export async function discardRefused(seqs: number[]): Promise<void> {
  await db.transaction('rw', KEPT_SCOPE_STORES, async () => {
    const entries = await db.localOutbox.bulkGet(seqs);
    const refused = entries.filter((e): e is OutboxEntry => !!e?.refused);
    // Nothing to give up (already sent or discarded): and no helper may then resolve without
    // a request before the next one, which would let the transaction commit early.
    if (refused.length === 0) return;
    await db.localOutbox.bulkDelete(refused.map((e) => e.seq!));
    await noteWhetherRefusedRemain();
    await rememberGivenUp(refused);
    await dropKeptWithoutChanges();
  });
}
