import { z } from 'zod';
import { requiredLine } from '../domain/fields';
import { roleSchema } from '../domain/role';

export const PASSWORD_MIN_LENGTH = 12;

/** A user of the admin's own organisation, as `/api/v1/admin/users` shows it. */
export const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  /** When the account was disabled; `null` while it is active. */
  disabledAt: z.string().nullable(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUsersResponseSchema = z.object({ users: z.array(adminUserSchema) });
export type AdminUsersResponse = z.infer<typeof adminUsersResponseSchema>;

export const adminUserResponseSchema = z.object({ user: adminUserSchema });
export type AdminUserResponse = z.infer<typeof adminUserResponseSchema>;

/** `POST /api/v1/admin/users`: the new user joins the admin's organisation. */
export const createUserRequestSchema = z.object({
  email: z.email().max(254),
  displayName: requiredLine(100),
  role: roleSchema,
  /** The initial password, to be handed over in person. */
  password: z.string().min(PASSWORD_MIN_LENGTH).max(200),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** `PATCH /api/v1/admin/users/:id`: any of the fields, at least one. Disabling revokes every device. */
export const updateUserRequestSchema = z
  .strictObject({
    role: roleSchema.optional(),
    displayName: requiredLine(100).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((u) => u.role !== undefined || u.displayName !== undefined || u.disabled !== undefined, {
    message: 'Name at least one of role, displayName, disabled.',
  });
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
