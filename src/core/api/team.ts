import { z } from 'zod';
import { roleSchema } from '../domain/role';

/** `GET /api/v1/team`: a supervisor's view of their organisation's people and caseloads. */
export const teamMemberSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  /** How many cases are assigned to this person (the caseload, *Personalschlüssel*). */
  assignedCases: z.number().int(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamResponseSchema = z.object({ members: z.array(teamMemberSchema) });
export type TeamResponse = z.infer<typeof teamResponseSchema>;
