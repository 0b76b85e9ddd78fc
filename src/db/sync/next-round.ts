import { Dexie, type ObservabilitySet } from 'dexie';
import { db } from '../database';
import type { LotseDatabase } from '../lotse-database';
import { openOutbox, outboxBatchOf, readSealedOutbox, type OutboxBatch } from './outbox-batch';
import { readRefetch, type RefetchEntry } from './refetch';
import { readSyncState, type SyncState } from './sync-state';

export interface NextRound {
  state: SyncState;
  batch?: OutboxBatch;
  refetch: RefetchEntry[];
}

/** The tables a round is read from: a commit to either makes a round read before it stale. */
const ROUND_TABLES = ['localOutbox', 'localSettings'];
/** After the last commit of a burst (a form saving several records), before reading ahead. */
const READ_AHEAD_DELAY_MS = 100;

/**
 * Commits to ROUND_TABLES seen since reading ahead started, in this tab or
 * another (Dexie reports both, after each commit). Each drops the round held;
 * one that comes while a sync waits for the round being read is caught by
 * this count, taken just before the round's transaction began: the round is
 * used only while it has not moved, when no commit can have come after the
 * snapshot it read.
 */
let commitsSeen = 0;
let ahead: { database: LotseDatabase; commitsSeen: number; round: Promise<NextRound> } | undefined;

/**
 * What a sync round starts from, read in one transaction: where the device
 * stands with the server and, unless it is re-sending after an epoch change
 * (which sends rows, not the outbox), the next outbox batch and the records
 * to ask back whole (refetch.ts). The round read ahead is taken when nothing
 * has been committed since it was read; it is never used twice.
 */
export async function readNextRound(): Promise<NextRound> {
  const held = ahead;
  ahead = undefined;
  if (held?.database === db) {
    const round = await held.round.catch(() => undefined);
    if (round && held.commitsSeen === commitsSeen) return round;
  }
  return readRound();
}

async function readRound(): Promise<NextRound> {
  const [state, outbox, refetch] = await db.transaction(
    'r',
    [db.localSettings, db.localOutbox],
    () => Promise.all([readSyncState(), readSealedOutbox(), readRefetch()]),
  );
  if (state.resendFrom) return { state, refetch: [] };
  return { state, batch: outboxBatchOf(await openOutbox(outbox)), refetch };
}

/**
 * Keeps the next round read ahead, shortly after each commit to the outbox
 * or the sync settings. The sync on coming back online then sends at once
 * instead of first reading and opening the outbox: the edits were made
 * offline, often long before. Answers the function that stops it and drops
 * the round held (opened outbox entries stay in memory no longer than the
 * unlocked session).
 */
export function readRoundsAhead(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const readAhead = () => {
    const round = readRound();
    round.catch(() => undefined); // the sync itself reads again and reports the failure
    ahead = { database: db, commitsSeen, round };
  };
  const onCommit = (parts: ObservabilitySet) => {
    const prefixes = ROUND_TABLES.map((table) => `idb://${db.name}/${table}/`);
    if (!Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix))))
      return;
    commitsSeen++;
    ahead = undefined;
    clearTimeout(timer);
    timer = setTimeout(readAhead, READ_AHEAD_DELAY_MS);
  };
  Dexie.on('storagemutated', onCommit);
  return () => {
    Dexie.on.storagemutated.unsubscribe(onCommit);
    clearTimeout(timer);
    ahead = undefined;
  };
}
