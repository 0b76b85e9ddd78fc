import type { Kysely } from 'kysely';
import { erasedState, type HlcClock } from '../../src/core/index';
import type { StorageKind } from '../db/database';
import type { ServerDatabase } from '../db/schema';
import {
  appendLog,
  lockSequence,
  saveRecords,
  saveSequence,
  type LogEntry,
  type StoredRecord,
} from './record-store';

export interface Erasure {
  db: Kysely<ServerDatabase>;
  kind: StorageKind;
  orgId: string;
  hlc: HlcClock;
  actorId: string | null;
  now: Date;
}

/**
 * Erases records for good (GDPR Art. 17): every field goes, only the id and a
 * stamped tombstone (`deleted`, `erased`) stay, with a new sequence number so
 * that every device holding them receives the tombstone and purges its copy.
 * The change log keeps that an erasure happened, never what was erased.
 * Records already erased are left alone; answers how many were erased now.
 */
export async function eraseRecords(
  erasure: Erasure,
  records: readonly StoredRecord[],
): Promise<number> {
  const targets = records.filter((r) => !r.erased);
  if (targets.length === 0) return 0;
  let last = await lockSequence(erasure.db, erasure.kind, erasure.orgId);
  const stamp = erasure.hlc.tick();
  const log: LogEntry[] = [];
  const erased = targets.map((record): StoredRecord => {
    const seq = ++last;
    const { fields, stamps } = erasedState(stamp);
    log.push({
      seq,
      kind: 'erase',
      table: record.table,
      recordId: record.id,
      scope: record.scope,
      stamps,
      authorId: erasure.actorId,
      sessionId: null,
    });
    return {
      ...record,
      fields,
      stamps,
      fieldSeqs: Object.fromEntries(Object.keys(fields).map((name) => [name, seq])),
      authors: {},
      seq,
      erased: true,
    };
  });
  await saveRecords(erasure.db, erased);
  await appendLog(erasure.db, erasure.orgId, erasure.now, log);
  await saveSequence(erasure.db, erasure.orgId, last);
  return erased.length;
}
