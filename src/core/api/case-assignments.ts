import { z } from 'zod';
import { ID_PATTERN } from '../ids';

export const caseIdSchema = z.string().regex(ID_PATTERN, 'A case id is a UUIDv7.');

/** One user assigned to one case; a manager reads and writes only the cases assigned to them. */
export const caseAssignmentSchema = z.object({
  caseId: z.string(),
  userId: z.string(),
  assignedAt: z.string(),
  /** The admin who assigned it; `null` when the system did (demo, migration). */
  assignedBy: z.string().nullable(),
});
export type CaseAssignment = z.infer<typeof caseAssignmentSchema>;

/** `GET /api/v1/admin/assignments?caseId=&userId=`: both filters optional. */
export const assignmentsQuerySchema = z.object({
  caseId: caseIdSchema.optional(),
  userId: z.string().min(1).max(64).optional(),
});
export type AssignmentsQuery = z.infer<typeof assignmentsQuerySchema>;

export const assignmentsResponseSchema = z.object({
  assignments: z.array(caseAssignmentSchema),
});
export type AssignmentsResponse = z.infer<typeof assignmentsResponseSchema>;

/**
 * `PUT /api/v1/admin/assignments`: assigns (`assigned: true`) or unassigns a
 * case to a user of the organisation. Idempotent; answers the case's
 * assignments afterwards.
 */
export const putAssignmentRequestSchema = z.object({
  caseId: caseIdSchema,
  userId: z.string().min(1).max(64),
  assigned: z.boolean(),
});
export type PutAssignmentRequest = z.infer<typeof putAssignmentRequestSchema>;
