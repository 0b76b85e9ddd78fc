import { z } from 'zod';
import { roleSchema } from '../domain/role';

/**
 * The device id a session is bound to: made once on the device and kept there
 * (its HLC node id or a UUID). Letters, digits, `-` and `_` only.
 */
export const deviceIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The signed-in user as the device sees it. */
export const sessionUserSchema = z.object({
  id: z.string(),
  orgId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/**
 * A device session. `expiresAt` slides forward on use (see docs/API.md);
 * timestamps are ISO 8601 in UTC.
 */
export const sessionInfoSchema = z.object({
  id: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastSeenAt: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** `GET /api/v1/me`. */
export const meResponseSchema = z.object({
  user: sessionUserSchema,
  session: sessionInfoSchema,
});
export type MeResponse = z.infer<typeof meResponseSchema>;
