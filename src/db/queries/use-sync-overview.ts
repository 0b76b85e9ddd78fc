import { useLiveQuery } from 'dexie-react-hooks';
import { ORG_SCOPE, type RecordTable } from '@/core/index';
import { db } from '../database';
import type { OutboxEntry } from '../lotse-database';
import type { Row } from '../records/row';
import { readKeptScopes } from '../sync/kept-scopes';
import { mayHoldRefused, readRefusedEntries } from '../sync/outbox-batch';
import { readSyncState } from '../sync/sync-state';

/** A case as a person recognises it: its client's name and its case number. */
export interface CaseLabel {
  caseId: string;
  clientName?: string;
  caseNumber?: string;
}

/** One record's changes that the server refused, with what it takes to show them readably. */
export interface RefusedChange {
  /** Every refused outbox entry of this record: discarding removes them together. */
  seqs: number[];
  table: RecordTable;
  recordId: string;
  fields: string[];
  code: string;
  message: string;
  at: string;
  /** The record as stored here; undefined when it is gone. */
  record: Row<RecordTable> | undefined;
  /** The case the record belongs to; undefined for organisation-wide records. */
  caseLabel: CaseLabel | undefined;
}

export interface SyncOverview {
  lastSyncedAt: string | null;
  /** Changes waiting to be sent; refused ones wait for the person and are not counted. */
  pending: number;
  refused: RefusedChange[];
  /** Cases taken from this person but kept here, as labels (in the order given). */
  keptCases: CaseLabel[];
}

async function readCaseLabel(caseId: string): Promise<CaseLabel> {
  const caseFile = await db.caseFiles.get(caseId);
  if (!caseFile) return { caseId };
  const client = await db.clients.get(caseFile.clientId);
  return {
    caseId,
    caseNumber: caseFile.caseNumber,
    clientName: client ? `${client.firstName} ${client.lastName}` : undefined,
  };
}

function groupByRecord(entries: OutboxEntry[]): OutboxEntry[][] {
  const groups = new Map<string, OutboxEntry[]>();
  for (const entry of entries) {
    const key = `${entry.table}/${entry.recordId}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()];
}

async function readRefused(entries: OutboxEntry[]): Promise<RefusedChange[]> {
  const labels = new Map<string, Promise<CaseLabel>>();
  const labelOf = (scope: string) => {
    if (!labels.has(scope)) labels.set(scope, readCaseLabel(scope));
    return labels.get(scope)!;
  };
  return Promise.all(
    groupByRecord(entries).map(async (group) => {
      const first = group[0]!;
      const latest = group[group.length - 1]!;
      const record = await db.table<Row<RecordTable>, string>(first.table).get(first.recordId);
      return {
        seqs: group.map((e) => e.seq!),
        table: first.table,
        recordId: first.recordId,
        fields: [...new Set(group.flatMap((e) => Object.keys(e.fields)))],
        code: latest.refused!.code,
        message: latest.refused!.message,
        at: latest.refused!.at,
        record,
        caseLabel: first.scope === ORG_SCOPE ? undefined : await labelOf(first.scope),
      };
    }),
  );
}

/**
 * What the sync status shows from the database, live: when the last sync
 * finished, how much waits, which changes the server refused, and the kept
 * cases' names. Refused entries carry no index, so they are found by a scan
 * of the outbox, which opens every waiting change: only where the outbox may
 * hold any (mayHoldRefused), not after every edit made offline.
 */
export function useSyncOverview(): SyncOverview | undefined {
  return useLiveQuery(async () => {
    const [state, total, refusedEntries, keptScopes] = await Promise.all([
      readSyncState(),
      db.localOutbox.count(),
      mayHoldRefused().then((maybe) => (maybe ? readRefusedEntries() : [])),
      readKeptScopes(),
    ]);
    return {
      lastSyncedAt: state.lastSyncedAt,
      pending: total - refusedEntries.length,
      refused: await readRefused(refusedEntries),
      keptCases: await Promise.all(keptScopes.map(readCaseLabel)),
    };
  });
}
