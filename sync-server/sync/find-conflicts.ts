import type { Kysely } from 'kysely';
import { isConcurrent, type MergeResult, type PushedChange } from '../../src/core/index';
import type { ServerDatabase } from '../db/schema';
import type { ConflictInput } from './conflict-record';
import type { StoredRecord } from './record-store';

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The values one merge would lose silently, each to be kept as a conflict:
 * - a current value that the incoming edit replaces although its writer had
 *   not seen it (the field's base is older than the current stamp);
 * - an incoming value that loses to a newer current one: its writer cannot
 *   have seen that one, or its own clock would have stamped after it.
 * Equal values lose nothing. A late incoming value that the store had stored
 * before (a push sent again) is no loss either; push-changes.ts checks that
 * against the change log (wasStoredBefore).
 */
export function findConflicts(input: {
  record: ConflictInput['record'];
  current: StoredRecord;
  change: PushedChange;
  stamps: Record<string, string>;
  result: MergeResult;
  userId: string;
}): ConflictInput[] {
  const { record, current, change, stamps, result, userId } = input;
  const found: ConflictInput[] = [];
  for (const loser of result.replaced)
    if (
      isConcurrent(loser.stamp, change.bases?.[loser.field]) &&
      !sameValue(loser.value, change.fields[loser.field])
    )
      found.push({
        kind: 'replaced',
        record,
        loser,
        loserAuthorId: current.authors[loser.field],
        winnerStamp: stamps[loser.field]!,
        winnerAuthorId: userId,
      });
  for (const loser of result.lost)
    if (
      !sameValue(loser.value, current.fields[loser.field]) &&
      !current.absorbed?.[loser.field]?.includes(loser.stamp)
    )
      found.push({
        kind: 'lost',
        record,
        loser,
        loserAuthorId: userId,
        winnerStamp: current.stamps[loser.field]!,
        winnerAuthorId: current.authors[loser.field],
      });
  return found;
}

/** Of the `lost` conflicts, those whose value the store never had: a retried push is no loss. */
export async function withoutReplays(
  db: Kysely<ServerDatabase>,
  orgId: string,
  conflicts: ConflictInput[],
): Promise<ConflictInput[]> {
  const lost = conflicts.filter((c) => c.kind === 'lost');
  if (lost.length === 0) return conflicts;
  const ids = [...new Set(lost.map((c) => c.record.id))];
  const entries = await db
    .selectFrom('sync_log')
    .select(['record_id', 'stamps'])
    .where('org_id', '=', orgId)
    .where('record_id', 'in', ids)
    .execute();
  const stored = new Set<string>();
  for (const entry of entries)
    for (const [field, stamp] of Object.entries(JSON.parse(entry.stamps) as Record<string, string>))
      stored.add(`${entry.record_id}|${field}|${stamp}`);
  return conflicts.filter(
    (c) => c.kind !== 'lost' || !stored.has(`${c.record.id}|${c.loser.field}|${c.loser.stamp}`),
  );
}

/** Stamps of late values equal to the current one, kept per field (the newest few). */
const ABSORBED_PER_FIELD = 20;

/**
 * The record's absorbed stamps after this merge (see StoredRecord.absorbed),
 * or undefined when nothing new was absorbed.
 */
export function absorbLateEquals(
  current: StoredRecord,
  result: MergeResult,
): Record<string, string[]> | undefined {
  let absorbed: Record<string, string[]> | undefined;
  for (const loser of result.lost) {
    if (!sameValue(loser.value, current.fields[loser.field])) continue;
    const known = (absorbed ?? current.absorbed)?.[loser.field] ?? [];
    if (known.includes(loser.stamp)) continue;
    absorbed ??= { ...current.absorbed };
    absorbed[loser.field] = [...known, loser.stamp].slice(-ABSORBED_PER_FIELD);
  }
  return absorbed;
}
