import { Role, type TeamMember } from '@/core/index';

export interface CaseloadRatio {
  /** Active integration managers. */
  managers: number;
  /** Their assignments together; a case with two managers counts for both. */
  cases: number;
  /** Cases per active manager (the *Personalschlüssel*); undefined without managers. */
  average: number | undefined;
}

export function caseloadRatio(members: TeamMember[]): CaseloadRatio {
  const managers = members.filter((m) => m.role === Role.manager && !m.disabled);
  const cases = managers.reduce((sum, m) => sum + m.assignedCases, 0);
  return {
    managers: managers.length,
    cases,
    average: managers.length > 0 ? cases / managers.length : undefined,
  };
}
