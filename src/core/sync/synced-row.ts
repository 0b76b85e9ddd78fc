import { z } from 'zod';

/**
 * What every synced row carries besides its own fields (see DESIGN.md, sync
 * model): a device-made id, its organisation, the scope it replicates with
 * (a case id, or `org` for organisation-wide rows) and one HLC stamp per field.
 * A deletion is the stamped field `deleted`, an erasure the stamped field `erased`.
 */
export const ORG_SCOPE = 'org';

export const rowMetaSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  scope: z.string(),
  stamps: z.record(z.string(), z.string()),
  deleted: z.boolean().optional(),
  /** Set, with `deleted`, on the tombstone an erasure (GDPR) leaves. */
  erased: z.boolean().optional(),
});
export type RowMeta = z.infer<typeof rowMetaSchema>;

export type SyncedRow<Fields extends object = Record<string, unknown>> = RowMeta & Fields;
