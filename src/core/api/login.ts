import { z } from 'zod';
import { requiredLine } from '../domain/fields';
import { deviceIdSchema, sessionInfoSchema, sessionUserSchema } from './session';

/** `POST /api/v1/auth/login`: one online login per device opens a device session. */
export const loginRequestSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
  deviceId: deviceIdSchema,
  /** Shown to admins in the device list, e.g. "Tablet Büro 2". */
  deviceName: requiredLine(100),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  /** Bearer token for `Authorization: Bearer <token>`: 32 random bytes, base64url. Shown once. */
  token: z.string().min(43),
  session: sessionInfoSchema,
  user: sessionUserSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;
