import { z } from 'zod';
import { RECORD_TABLES, type RecordTable } from '../domain/record-types';

/** `GET /api/v1/demo/records`: synthetic records of the demo organisation, for trying Lotse out. */
export const demoRecordsQuerySchema = z.object({
  clients: z.coerce.number().int().min(1).max(500).default(150),
});

export const demoRecordSchema = z.object({
  table: z.enum(RECORD_TABLES as [RecordTable, ...RecordTable[]]),
  id: z.string().min(1),
  scope: z.string().min(1),
  fields: z.record(z.string(), z.unknown()),
});

export const demoRecordsResponseSchema = z.object({
  orgId: z.string(),
  /** The HLC stamp every field of these records carries. */
  stamp: z.string(),
  records: z.array(demoRecordSchema),
});
export type DemoRecordsResponse = z.infer<typeof demoRecordsResponseSchema>;
