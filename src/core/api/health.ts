import { z } from 'zod';

export const PROTOCOL_VERSION = 1;

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  protocolVersion: z.number().int(),
  storage: z.enum(['sqlite', 'postgres']),
  serverTime: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
