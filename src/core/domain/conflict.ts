import { z } from 'zod';
import { idRef } from './fields';

export const CONFLICT_RESOLUTIONS = ['restored', 'dismissed'] as const;

/**
 * A value that lost a concurrent edit (DESIGN.md, sync model). The server
 * makes one whenever a write replaces a value its writer had not seen, or
 * arrives too late to win; it syncs with the case like any record, so the
 * inbox is the same on every device that holds the case. Devices only ever
 * resolve one: restoring writes the kept value as a new edit.
 */
export const conflictFieldsSchema = z.object({
  table: z.string().min(1).max(40),
  recordId: idRef,
  field: z.string().min(1).max(80),
  /** The value that lost, as it was written; null for a cleared field. */
  value: z.unknown(),
  /** The HLC stamp of the value that lost. */
  stamp: z.string().min(1).max(64),
  lostByName: z.string().max(200),
  /** The HLC stamp of the value that won. */
  winnerStamp: z.string().min(1).max(64),
  wonByName: z.string().max(200),
  detectedAt: z.string().min(1).max(40),
  resolution: z.enum(CONFLICT_RESOLUTIONS).optional(),
  resolvedAt: z.string().max(40).optional(),
  resolvedByName: z.string().max(200).optional(),
});
export type ConflictFields = z.infer<typeof conflictFieldsSchema>;

/** The only fields a device may change on a conflict. */
export const CONFLICT_RESOLUTION_FIELDS = ['resolution', 'resolvedAt', 'resolvedByName'] as const;
