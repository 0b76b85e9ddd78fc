import { z } from 'zod';

/**
 * What the audit log records: every login (success and failure), logout,
 * revocation and account change, and every read of records by a supervisor
 * or an admin. Values are stable: they are stored, never renamed.
 */
export const AuditAction = {
  loginSucceeded: 'auth.login_succeeded',
  loginFailed: 'auth.login_failed',
  logout: 'auth.logout',
  deviceRevoked: 'device.revoked',
  userCreated: 'user.created',
  userUpdated: 'user.updated',
  caseAssigned: 'case.assigned',
  caseUnassigned: 'case.unassigned',
  usersRead: 'users.read',
  devicesRead: 'devices.read',
  assignmentsRead: 'assignments.read',
  auditRead: 'audit.read',
  teamRead: 'team.read',
  /** A supervisor's or admin's device received case records through sync. */
  recordsPulled: 'records.pulled',
  /** One client's data exported (right of access), as JSON or PDF. */
  clientExported: 'client.exported',
  /** One client's data erased on request (right to erasure). */
  clientErased: 'client.erased',
  /** Closed cases erased because their retention period ended. */
  recordsPurged: 'records.purged',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const auditEntrySchema = z.object({
  /** Increases with every entry; entries are never changed or deleted. */
  seq: z.number().int(),
  at: z.string(),
  /** Who did it; `null` for a failed login that names no known account. */
  actor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  sessionId: z.string().nullable(),
  action: z.enum(Object.values(AuditAction) as [AuditAction, ...AuditAction[]]),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** `GET /api/v1/admin/audit?before=<seq>&limit=`: newest first. */
export const auditQuerySchema = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Pass as `before` for the next (older) page; `null` on the last page. */
  nextBefore: z.number().int().nullable(),
});
export type AuditPageResponse = z.infer<typeof auditPageResponseSchema>;
