import { isConcurrent, type MergeResult, type PushedChange } from '../../src/core/index';
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
 * Equal values lose nothing. (A push retried after its answer was lost, whose
 * value was meanwhile knowingly replaced, shows once as a conflict: a false
 * alarm, never a loss.)
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
        record,
        loser,
        loserAuthorId: current.authors[loser.field],
        winnerStamp: stamps[loser.field]!,
        winnerAuthorId: userId,
      });
  for (const loser of result.lost)
    if (!sameValue(loser.value, current.fields[loser.field]))
      found.push({
        record,
        loser,
        loserAuthorId: userId,
        winnerStamp: current.stamps[loser.field]!,
        winnerAuthorId: current.authors[loser.field],
      });
  return found;
}
