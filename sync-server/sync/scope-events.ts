import type { Kysely } from 'kysely';
import type { StorageKind } from '../db/database';
import type { ServerDatabase } from '../db/schema';
import {
  appendLog,
  loadScopeRecords,
  lockSequence,
  saveRecords,
  saveSequence,
  type LogEntry,
} from './record-store';

export interface ScopeEvent {
  db: Kysely<ServerDatabase>;
  kind: StorageKind;
  orgId: string;
  scope: string;
  actorId: string;
  now: Date;
}

/**
 * A case was given to someone: every record of it gets a new sequence number
 * (fields included), so that the new assignee's next pull, whatever their
 * cursor, delivers the case's whole history. Devices that had it already
 * receive the same values again, which merges to no change.
 */
export async function touchScope(event: ScopeEvent): Promise<void> {
  const records = (await loadScopeRecords(event.db, event.orgId, event.scope)).filter(
    (r) => !r.erased,
  );
  if (records.length === 0) return;
  let last = await lockSequence(event.db, event.kind, event.orgId);
  const log: LogEntry[] = [];
  for (const record of records) {
    record.seq = ++last;
    for (const field of Object.keys(record.stamps)) record.fieldSeqs[field] = record.seq;
    log.push({
      seq: record.seq,
      kind: 'touch',
      table: record.table,
      recordId: record.id,
      scope: record.scope,
      stamps: {},
      authorId: event.actorId,
      sessionId: null,
    });
  }
  await saveRecords(event.db, records);
  await appendLog(event.db, event.orgId, event.now, log);
  await saveSequence(event.db, event.orgId, last);
}

/** A case was taken from `userId`: their devices learn it at their next pull and drop it. */
export async function revokeScope(event: ScopeEvent & { userId: string }): Promise<void> {
  const seq = (await lockSequence(event.db, event.kind, event.orgId)) + 1;
  await appendLog(event.db, event.orgId, event.now, [
    {
      seq,
      kind: 'revoke',
      table: 'caseFiles',
      recordId: event.scope,
      scope: event.scope,
      stamps: {},
      authorId: event.actorId,
      sessionId: null,
      subjectId: event.userId,
    },
  ]);
  await saveSequence(event.db, event.orgId, seq);
}
