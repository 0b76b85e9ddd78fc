import { z } from 'zod';
import { roleSchema } from '../domain/role';

export const loginRequestSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  user: z.object({
    id: z.string(),
    orgId: z.string(),
    displayName: z.string(),
    email: z.string(),
    role: roleSchema,
  }),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;
