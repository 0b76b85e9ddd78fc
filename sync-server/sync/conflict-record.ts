import { createHash } from 'node:crypto';
import type { ConflictFields, HlcClock, ReplacedValue } from '../../src/core/index';
import type { StoredRecord } from './record-store';

export interface ConflictInput {
  /** `replaced`: the stored value gave way; `lost`: the incoming value arrived too late. */
  kind: 'replaced' | 'lost';
  record: { orgId: string; table: string; id: string; scope: string };
  loser: ReplacedValue;
  loserAuthorId: string | undefined;
  winnerStamp: string;
  winnerAuthorId: string | undefined;
}

/**
 * The same lost value always gets the same conflict id, so a push that
 * arrives twice keeps one conflict, not two.
 */
export function conflictId(orgId: string, recordId: string, field: string, stamp: string): string {
  const hex = createHash('sha256').update(`${orgId}|${recordId}|${field}|${stamp}`).digest('hex');
  return `c${hex.slice(0, 39)}`;
}

/** A new conflict record, in the scope of the record whose value lost. */
export function conflictRecord(
  input: ConflictInput,
  names: ReadonlyMap<string, string>,
  hlc: HlcClock,
  now: Date,
): StoredRecord {
  const { record, loser } = input;
  const fields: ConflictFields = {
    table: record.table,
    recordId: record.id,
    field: loser.field,
    value: loser.value,
    stamp: loser.stamp,
    lostByName: names.get(input.loserAuthorId ?? '') ?? '',
    winnerStamp: input.winnerStamp,
    wonByName: names.get(input.winnerAuthorId ?? '') ?? '',
    detectedAt: now.toISOString(),
  };
  const stamp = hlc.tick();
  const stamps = Object.fromEntries(Object.keys(fields).map((name) => [name, stamp]));
  return {
    orgId: record.orgId,
    id: conflictId(record.orgId, record.id, loser.field, loser.stamp),
    table: 'conflicts',
    scope: record.scope,
    fields,
    stamps,
    fieldSeqs: {},
    authors: {},
    seq: 0,
    erased: false,
  };
}
