import { createId, encodeHlc, type ConflictFields } from '@/core/index';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { applyPulledPage } from '@/db/sync/apply-pulled-page';
import { markRefused } from '@/db/sync/outbox-batch';
import { forgetDeviceNodeId } from '@/db/records/device-clock';
import { useSyncStatusStore } from '@/sync/sync-status-store';

/** An empty device and a fresh sync status, as after unlocking a new account. */
export async function resetDevice(): Promise<void> {
  await Promise.all(db.tables.map((t) => t.clear()));
  forgetDeviceNodeId();
  useSyncStatusStore.getState().reset();
}

/** A case for Amal Haddad; opening it queues four changes (client, case, plan, outcome). */
export async function newCase() {
  const opened = await openCaseForNewClient({ firstName: 'Amal', lastName: 'Haddad' });
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  const caseFile = (await db.caseFiles.get(opened.id.caseId))!;
  return { ...opened.id, caseNumber: caseFile.caseNumber };
}

/** Marks the outbox entries of one record as refused, the way a sync run does. */
export async function refuse(table: string, recordId: string, code: string): Promise<void> {
  const entries = await db.localOutbox
    .filter((e) => e.table === table && e.recordId === recordId)
    .toArray();
  const seqs = entries.map((e) => e.seq!);
  await markRefused(
    [{ seqs, code, message: `${table} ${recordId}: refused` }],
    new Date().toISOString(),
  );
}

const OTHER_NODE = 'aaaaaaaaaaaaaaaa';

/** An HLC stamp written on another device at `iso`. */
export function stampAt(iso: string): string {
  return encodeHlc({ wallMs: Date.parse(iso), counter: 0, node: OTHER_NODE });
}

/** A conflict as the server sends it: a synced row scoped to the case, stored as a pull stores it. */
export async function seedConflict(
  caseId: string,
  fields: Partial<ConflictFields> & Pick<ConflictFields, 'table' | 'recordId'>,
): Promise<string> {
  const id = createId();
  const stamp = stampAt('2026-11-20T09:00:00Z');
  const conflict: ConflictFields = {
    field: 'lastName',
    value: 'Haddad-Ali',
    stamp,
    lostByName: 'Max Muster',
    winnerStamp: stampAt('2026-11-20T10:00:00Z'),
    wonByName: 'Erika Beispiel',
    detectedAt: '2026-11-20T10:05:00Z',
    ...fields,
  };
  await applyPulledPage({
    epoch: 'test-epoch',
    cursor: '1',
    rows: [{ table: 'conflicts', id, scope: caseId, fields: conflict, stamp }],
    drop: [],
    acknowledged: [],
    finished: false,
    now: new Date().toISOString(),
  });
  return id;
}
