import { z } from 'zod';

/**
 * `GET /api/v1/clients/:id/export`: everything the organisation stores about
 * one client (GDPR Art. 15), grouped by record type, current values only.
 */
export const clientExportSchema = z.object({
  exportedAt: z.string(),
  organisation: z.string(),
  clientId: z.string(),
  caseId: z.string(),
  records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type ClientExport = z.infer<typeof clientExportSchema>;

/** `POST /api/v1/clients/:id/erasure`: the request's reference (e.g. the letter's file number). */
export const erasureRequestSchema = z.object({
  reference: z.string().trim().min(1).max(200),
});
export type ErasureRequest = z.infer<typeof erasureRequestSchema>;

export const erasureResponseSchema = z.object({
  /** Records erased now; devices purge them at their next sync. */
  erased: z.number().int().min(0),
});
export type ErasureResponse = z.infer<typeof erasureResponseSchema>;

/** `POST /api/v1/admin/retention/run`: which closed cases were purged. */
export const retentionReportSchema = z.object({
  ranAt: z.string(),
  retentionDays: z.number().int(),
  /** Cases closed on or before this day were purged. */
  closedOnOrBefore: z.string(),
  cases: z.array(z.object({ caseId: z.string(), closedOn: z.string(), records: z.number().int() })),
});
export type RetentionReport = z.infer<typeof retentionReportSchema>;
