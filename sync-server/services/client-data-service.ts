import { AuditAction, Role, type ClientExport, type ErasureRequest } from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import { decideCaseAccess, loadCaseFacts, type Access } from '../auth/policy';
import { eraseRecords } from '../sync/erase-records';
import { loadRecords, loadScopeRecords, type StoredRecord } from '../sync/record-store';
import { recordAuditBy } from './audit-service';

export type ClientRecords =
  | { ok: true; caseId: string; records: StoredRecord[] }
  | { ok: false; access: Exclude<Access, 'granted'> };

/**
 * A client's records: everything in the scope of their case (the client, the
 * case file, plan, contacts, outcomes, referrals, households founded there,
 * conflicts). Exporting is for whoever may read the case (its manager, the
 * supervisor); erasing for the supervisor and the admin. An unknown id and
 * another organisation's answer alike.
 */
async function loadClientRecords(
  ctx: AppContext,
  auth: AuthContext,
  clientId: string,
  purpose: 'export' | 'erase',
): Promise<ClientRecords> {
  const { db } = ctx.storage;
  const orgId = auth.user.orgId;
  const client = (await loadRecords(db, orgId, [clientId])).get(clientId);
  if (!client || client.table !== 'clients' || client.erased)
    return { ok: false, access: 'not_found' };
  const caseId = client.scope;
  if (purpose === 'export') {
    const access = decideCaseAccess(auth, await loadCaseFacts(db, orgId, caseId), 'read');
    if (access !== 'granted') return { ok: false, access };
  } else if (auth.user.role === Role.manager) return { ok: false, access: 'forbidden' };
  return { ok: true, caseId, records: await loadScopeRecords(db, orgId, caseId) };
}

export type ExportOutcome =
  { ok: true; data: ClientExport } | { ok: false; access: Exclude<Access, 'granted'> };

export async function exportClient(
  ctx: AppContext,
  auth: AuthContext,
  clientId: string,
  format: 'json' | 'pdf',
): Promise<ExportOutcome> {
  const found = await loadClientRecords(ctx, auth, clientId, 'export');
  if (!found.ok) return found;
  const organisation = await ctx.storage.db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', auth.user.orgId)
    .executeTakeFirstOrThrow();
  const records: ClientExport['records'] = {};
  for (const record of found.records) {
    if (record.erased) continue;
    (records[record.table] ??= []).push({ id: record.id, ...record.fields });
  }
  const now = ctx.now();
  await recordAuditBy(ctx.storage.db, auth, now, {
    action: AuditAction.clientExported,
    target: { type: 'client', id: clientId },
    details: { format, records: found.records.length },
  });
  return {
    ok: true,
    data: {
      exportedAt: now.toISOString(),
      organisation: organisation.name,
      clientId,
      caseId: found.caseId,
      records,
    },
  };
}

export type ErasureOutcome =
  { ok: true; erased: number } | { ok: false; access: Exclude<Access, 'granted'> };

/** Erases one client's records everywhere (they reach devices as tombstones) and logs who did it. */
export async function eraseClient(
  ctx: AppContext,
  auth: AuthContext,
  clientId: string,
  request: ErasureRequest,
): Promise<ErasureOutcome> {
  const found = await loadClientRecords(ctx, auth, clientId, 'erase');
  if (!found.ok) return found;
  const now = ctx.now();
  const { db, kind } = ctx.storage;
  const erased = await db.transaction().execute(async (trx) => {
    const count = await eraseRecords(
      { db: trx, kind, orgId: auth.user.orgId, hlc: ctx.hlc, actorId: auth.user.id, now },
      found.records,
    );
    await recordAuditBy(trx, auth, now, {
      action: AuditAction.clientErased,
      target: { type: 'client', id: clientId },
      details: { caseId: found.caseId, records: count, reference: request.reference },
    });
    return count;
  });
  return { ok: true, erased };
}
