import { z } from 'zod';

export const Role = {
  manager: 'manager',
  supervisor: 'supervisor',
  admin: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const roleSchema = z.enum([Role.manager, Role.supervisor, Role.admin]);
