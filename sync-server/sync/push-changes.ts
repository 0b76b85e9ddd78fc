import type { Kysely } from 'kysely';
import {
  decodeHlc,
  expandStamps,
  isErased,
  mergeFields,
  RefusalCode,
  type HlcClock,
  type PushedChange,
} from '../../src/core/index';
import type { AuthContext } from '../auth/auth-context';
import type { StorageKind } from '../db/database';
import type { ServerDatabase } from '../db/schema';
import { insertAssignment } from '../repositories/assignment-repository';
import { checkChange } from './check-change';
import { conflictRecord, type ConflictInput } from './conflict-record';
import { absorbLateEquals, findConflicts, withoutReplays } from './find-conflicts';
import {
  appendLog,
  loadRecords,
  lockSequence,
  saveRecords,
  saveSequence,
  type LogEntry,
  type StoredRecord,
} from './record-store';
import { decideScopes } from './scope-access';

export interface PushContext {
  db: Kysely<ServerDatabase>;
  kind: StorageKind;
  auth: AuthContext;
  now: Date;
  hlc: HlcClock;
  maxClockAheadMs: number;
  /** The device re-sends its state after an epoch change: nothing counts as concurrent. */
  resend: boolean;
}

export interface Refusal {
  index: number;
  code: RefusalCode;
  message: string;
}

export type PushOutcome =
  | {
      ok: true;
      accepted: number;
      /** The sequence numbers this push used, lowest and highest (0 and 0 for none). */
      seqs: { first: number; last: number };
      /** Per record id, the stamps the device sent: it need not get them back. */
      pushedStamps: ReadonlyMap<string, Record<string, string>>;
      /**
       * The newest sequence number of a field that this push's records kept
       * from before it (Infinity when it also made conflict records, which the
       * device lacks). A device complete up to here gets nothing new from
       * `seqs` but its own values.
       */
      keptFieldsUpTo: number;
    }
  | { ok: false; refusals: Refusal[] };

/** The outcome of a push without changes (a pull alone). */
export const NOTHING_PUSHED: PushOutcome = {
  ok: true,
  accepted: 0,
  seqs: { first: 0, last: 0 },
  pushedStamps: new Map(),
  keptFieldsUpTo: 0,
};

function clockRefusals(changes: readonly PushedChange[], now: number, margin: number): Refusal[] {
  const refusals: Refusal[] = [];
  changes.forEach((change, index) => {
    const stamps = [change.stamp, ...Object.values(change.stamps ?? {})];
    const ahead = Math.max(...stamps.map((s) => (s ? decodeHlc(s)!.wallMs : 0))) - now;
    if (ahead > margin)
      refusals.push({
        index,
        code: RefusalCode.clockAhead,
        message: `stamped ${Math.round(ahead / 60_000)} min ahead of the server's clock (${new Date(now).toISOString()}); the device's clock is wrong`,
      });
  });
  return refusals;
}

/**
 * Merges one request's changes into the store, inside the caller's
 * transaction: all of them, or (with the reasons) none. Every record that
 * changes gets the next sequence number of the organisation and one entry in
 * the change log; every value lost to a concurrent edit becomes a conflict
 * record in the same scope (see src/core/sync/merge.ts for the rules).
 */
export async function pushChanges(
  p: PushContext,
  changes: readonly PushedChange[],
): Promise<PushOutcome> {
  if (changes.length === 0) return NOTHING_PUSHED;
  const early = clockRefusals(changes, p.now.getTime(), p.maxClockAheadMs);
  if (early.length) return { ok: false, refusals: early };

  const orgId = p.auth.user.orgId;
  const first = (await lockSequence(p.db, p.kind, orgId)) + 1;
  let last = first - 1;
  const existing = await loadRecords(
    p.db,
    orgId,
    changes.map((c) => c.id),
  );
  const scopes = await decideScopes(p.db, p.auth, changes, new Set(existing.keys()));

  const refusals: Refusal[] = [];
  const firstSeen = new Map<string, PushedChange>();
  changes.forEach((change, index) => {
    const earlier = firstSeen.get(change.id);
    if (!earlier) firstSeen.set(change.id, change);
    else if (earlier.table !== change.table || earlier.scope !== change.scope)
      return refusals.push({
        index,
        code: RefusalCode.invalid,
        message: `id ${change.id} appears earlier in this push as a ${earlier.table} record of another table or scope`,
      });
    const access = scopes.get(change.scope);
    // A re-send carries everything a device holds, also what its user may read
    // but not write (a supervisor's team, the organisation's rows): that is
    // skipped, not refused — it is not theirs to restore.
    if (access === 'denied' && !p.resend)
      refusals.push({
        index,
        code: RefusalCode.notWritable,
        message: 'you may not change records of this case',
      });
    if (access === 'denied' || access === 'erased') return;
    const problem = checkChange(change, existing.get(change.id), {
      resend: p.resend,
      now: p.now,
    });
    if (problem) refusals.push({ index, code: RefusalCode.invalid, message: problem });
  });
  if (refusals.length) return { ok: false, refusals };

  const working = new Map(existing);
  const changed = new Map<string, StoredRecord>();
  const log: LogEntry[] = [];
  const conflicts: ConflictInput[] = [];
  const pushedStamps = new Map<string, Record<string, string>>();
  const userId = p.auth.user.id;
  const sessionId = p.auth.session.id;
  let keptFieldsUpTo = 0;

  for (const change of changes) {
    const access = scopes.get(change.scope);
    if (access === 'erased' || access === 'denied') continue;
    const current = working.get(change.id);
    if (current?.erased) continue;
    const stamps = expandStamps(Object.keys(change.fields), change);
    pushedStamps.set(change.id, { ...pushedStamps.get(change.id), ...stamps });
    for (const stamp of new Set(Object.values(stamps))) p.hlc.receive(stamp);
    const result = mergeFields(current, { fields: change.fields, stamps });
    const record = { orgId, table: change.table, id: change.id, scope: change.scope };
    if (!p.resend && change.table !== 'conflicts' && current)
      conflicts.push(...findConflicts({ record, current, change, stamps, result, userId }));
    const absorbed = current && absorbLateEquals(current, result);
    if (result.taken.length === 0) {
      // Nothing new to send anyone; only remember the late equal values, without a sequence number.
      if (absorbed) {
        const kept = { ...current, absorbed };
        working.set(change.id, kept);
        changed.set(change.id, kept);
      }
      continue;
    }
    const seq = ++last;
    const next: StoredRecord = {
      ...record,
      fields: result.fields,
      stamps: result.stamps,
      fieldSeqs: { ...current?.fieldSeqs },
      absorbed: absorbed ?? current?.absorbed,
      authors: { ...current?.authors },
      seq,
      erased: isErased(result),
    };
    for (const [field, fieldSeq] of Object.entries(next.fieldSeqs))
      if (!result.taken.includes(field)) keptFieldsUpTo = Math.max(keptFieldsUpTo, fieldSeq);
    for (const field of result.taken) {
      next.fieldSeqs[field] = seq;
      next.authors[field] = userId;
    }
    working.set(change.id, next);
    changed.set(change.id, next);
    const loggedStamps = Object.fromEntries(result.taken.map((f) => [f, result.stamps[f]!]));
    log.push({
      seq,
      kind: 'change',
      ...logTarget(next),
      stamps: loggedStamps,
      authorId: userId,
      sessionId,
    });
  }

  const realConflicts = await withoutReplays(p.db, orgId, conflicts);
  if (realConflicts.length) {
    const names = await displayNames(
      p.db,
      realConflicts.flatMap((c) => [c.loserAuthorId, c.winnerAuthorId]),
    );
    const made = realConflicts.map((c) => conflictRecord(c, names, p.hlc, p.now));
    const known = await loadRecords(
      p.db,
      orgId,
      made.map((c) => c.id),
    );
    for (const conflict of made) {
      if (known.has(conflict.id) || changed.has(conflict.id)) continue;
      conflict.seq = ++last;
      keptFieldsUpTo = Number.POSITIVE_INFINITY;
      for (const field of Object.keys(conflict.fields)) conflict.fieldSeqs[field] = conflict.seq;
      changed.set(conflict.id, conflict);
      log.push({
        seq: conflict.seq,
        kind: 'change',
        ...logTarget(conflict),
        stamps: conflict.stamps,
        authorId: null,
        sessionId: null,
      });
    }
  }

  for (const [scope, access] of scopes)
    if (access === 'new')
      await insertAssignment(p.db, {
        case_id: scope,
        user_id: userId,
        org_id: orgId,
        assigned_at: p.now.toISOString(),
        assigned_by: userId,
      });
  await saveRecords(p.db, [...changed.values()]);
  await appendLog(p.db, orgId, p.now, log);
  if (last >= first) await saveSequence(p.db, orgId, last);
  return {
    ok: true,
    accepted: changes.length,
    seqs: last >= first ? { first, last } : { first: 0, last: 0 },
    pushedStamps,
    keptFieldsUpTo,
  };
}

function logTarget(record: StoredRecord) {
  return { table: record.table, recordId: record.id, scope: record.scope };
}

async function displayNames(db: Kysely<ServerDatabase>, ids: (string | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
