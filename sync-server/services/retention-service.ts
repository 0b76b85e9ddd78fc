import { subDays, formatISO } from 'date-fns';
import { AuditAction, type RetentionReport } from '../../src/core/index';
import type { AppContext } from '../app-context';
import { eraseRecords } from '../sync/erase-records';
import { decodeRecord, loadScopeRecords } from '../sync/record-store';
import { recordAudit } from './audit-service';

/**
 * Retention: a case closed longer ago than the organisation keeps case files
 * (RETENTION_DAYS) is erased like an erasure request, record by record, and
 * the audit log gets a report of which cases went (ids, closing days and
 * counts, never content). `actorId` is the admin who asked, or null when the
 * server's daily run does it.
 */
export async function purgeExpiredCases(
  ctx: AppContext,
  orgId: string,
  actorId: string | null,
): Promise<RetentionReport> {
  const { db, kind } = ctx.storage;
  const now = ctx.now();
  const cutoff = formatISO(subDays(now, ctx.retentionDays), { representation: 'date' });
  const caseFiles = await db
    .selectFrom('sync_records')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('tbl', '=', 'caseFiles')
    .where('erased', '=', 0)
    .execute();
  const expired = caseFiles
    .map(decodeRecord)
    .filter(
      (c) =>
        c.fields.status === 'closed' &&
        typeof c.fields.closedOn === 'string' &&
        c.fields.closedOn <= cutoff,
    );
  const report: RetentionReport = {
    ranAt: now.toISOString(),
    retentionDays: ctx.retentionDays,
    closedOnOrBefore: cutoff,
    cases: [],
  };
  if (expired.length === 0) return report;
  await db.transaction().execute(async (trx) => {
    for (const caseFile of expired) {
      const records = await loadScopeRecords(trx, orgId, caseFile.id);
      const count = await eraseRecords(
        { db: trx, kind, orgId, hlc: ctx.hlc, actorId, now },
        records,
      );
      report.cases.push({
        caseId: caseFile.id,
        closedOn: caseFile.fields.closedOn as string,
        records: count,
      });
    }
    await recordAudit(trx, {
      action: AuditAction.recordsPurged,
      at: now,
      orgId,
      actorId,
      target: { type: 'organisation', id: orgId },
      details: { retentionDays: ctx.retentionDays, closedOnOrBefore: cutoff, cases: report.cases },
    });
  });
  return report;
}

/** The server's daily run over every organisation. */
export async function purgeAllOrganisations(ctx: AppContext): Promise<RetentionReport[]> {
  const organisations = await ctx.storage.db.selectFrom('organisations').select('id').execute();
  const reports: RetentionReport[] = [];
  for (const { id } of organisations) reports.push(await purgeExpiredCases(ctx, id, null));
  return reports;
}
