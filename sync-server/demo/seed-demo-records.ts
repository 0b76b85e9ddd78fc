import type { HlcClock } from '../../src/core/index';
import { today } from '../../src/core/index';
import { generateDemoData } from '../../src/core/demo/generate-demo-data';
import type { Storage } from '../db/database';
import {
  appendLog,
  chunks,
  lockSequence,
  saveRecords,
  saveSequence,
  type LogEntry,
  type StoredRecord,
} from '../sync/record-store';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from './demo-accounts';

/**
 * Fills a new demo organisation with synthetic case data, assigned to the
 * demo manager, the way a real organisation's records arrive: through the
 * record store and its change log, so that devices receive them by sync.
 */
export async function seedDemoRecords(
  storage: Storage,
  clients: number,
  hlc: HlcClock,
): Promise<number> {
  if (clients <= 0) return 0;
  const manager = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
  const orgId = DEMO_ORGANISATION.id;
  // The server's own date, not the latest on earth: demo records are never dated ahead of a device.
  const generated = generateDemoData({
    clients,
    today: today(),
    orgId,
    managerIds: [manager.id],
  });
  const now = new Date();
  await storage.db.transaction().execute(async (trx) => {
    let last = await lockSequence(trx, storage.kind, orgId);
    const stamp = hlc.tick();
    const records: StoredRecord[] = [];
    const log: LogEntry[] = [];
    for (const { table, id, scope, fields } of generated) {
      const seq = ++last;
      const names = Object.keys(fields);
      const stamps = Object.fromEntries(names.map((n) => [n, stamp]));
      records.push({
        orgId,
        id,
        table,
        scope,
        fields: fields,
        stamps,
        fieldSeqs: Object.fromEntries(names.map((n) => [n, seq])),
        authors: Object.fromEntries(names.map((n) => [n, manager.id])),
        seq,
        erased: false,
      });
      log.push({
        seq,
        kind: 'change',
        table,
        recordId: id,
        scope,
        stamps,
        authorId: manager.id,
        sessionId: null,
      });
    }
    await saveRecords(trx, records);
    await appendLog(trx, orgId, now, log);
    await saveSequence(trx, orgId, last);
    const caseIds = generated.filter((r) => r.table === 'caseFiles').map((r) => r.id);
    for (const part of chunks(caseIds))
      await trx
        .insertInto('case_assignments')
        .values(
          part.map((caseId) => ({
            case_id: caseId,
            user_id: manager.id,
            org_id: orgId,
            assigned_at: now.toISOString(),
            assigned_by: null,
          })),
        )
        .execute();
  });
  return generated.length;
}
