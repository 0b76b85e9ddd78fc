import type { Kysely } from 'kysely';
import {
  AuditAction,
  type AuditEntry,
  type AuditPageResponse,
  type AuditQuery,
} from '../../src/core/index';
import type { AppContext } from '../app-context';
import type { AuthContext } from '../auth/auth-context';
import type { ServerDatabase } from '../db/schema';
import { appendAuditRow, listAuditRows } from '../repositories/audit-repository';

export interface AuditEvent {
  action: AuditAction;
  at: Date;
  orgId: string | null;
  actorId: string | null;
  sessionId?: string | null;
  target?: { type: string; id: string | null };
  /** Never a password, a token or case content: ids, counts, e-mail addresses, device names. */
  details?: Record<string, unknown>;
}

/** Appends one entry to the audit log (who, what, when). */
export function recordAudit(db: Kysely<ServerDatabase>, event: AuditEvent): Promise<void> {
  return appendAuditRow(db, {
    at: event.at.toISOString(),
    org_id: event.orgId,
    actor_id: event.actorId,
    session_id: event.sessionId ?? null,
    action: event.action,
    target_type: event.target?.type ?? null,
    target_id: event.target?.id ?? null,
    details: JSON.stringify(event.details ?? {}),
  });
}

/** The same, for something a signed-in user did. */
export function recordAuditBy(
  db: Kysely<ServerDatabase>,
  auth: AuthContext,
  at: Date,
  event: Pick<AuditEvent, 'action' | 'target' | 'details'>,
): Promise<void> {
  return recordAudit(db, {
    ...event,
    at,
    orgId: auth.user.orgId,
    actorId: auth.user.id,
    sessionId: auth.session.id,
  });
}

/** A page of the organisation's audit log, newest first. */
export async function listAudit(
  db: Kysely<ServerDatabase>,
  orgId: string,
  query: AuditQuery,
): Promise<AuditPageResponse> {
  const rows = await listAuditRows(db, orgId, { before: query.before, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const entries = page.map((row): AuditEntry => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor_id ? { id: row.actor_id, displayName: row.actor_name ?? '' } : null,
    sessionId: row.session_id,
    action: row.action as AuditAction,
    targetType: row.target_type,
    targetId: row.target_id,
    details: parseDetails(row.details),
  }));
  return {
    entries,
    nextBefore: rows.length > query.limit ? (page[page.length - 1]?.seq ?? null) : null,
  };
}

function parseDetails(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** An admin reads the log; the reading itself is logged after the page is read, so it does not shift the page. */
export async function readAudit(
  ctx: AppContext,
  auth: AuthContext,
  query: AuditQuery,
): Promise<AuditPageResponse> {
  const { db } = ctx.storage;
  const page = await listAudit(db, auth.user.orgId, query);
  await recordAuditBy(db, auth, ctx.now(), {
    action: AuditAction.auditRead,
    target: { type: 'organisation', id: auth.user.orgId },
    details: { ...query, count: page.entries.length },
  });
  return page;
}
