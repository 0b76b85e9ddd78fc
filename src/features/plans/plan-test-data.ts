import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { createRecord } from '@/db/records/write-records';
import type { GoalInput } from '@/core/index';

/** Test support: a new client (reading Arabic) with an open case and its empty plan. */
export async function openTestCase() {
  const opened = await openCaseForNewClient(
    { firstName: 'Amal', lastName: 'Haddad', languages: ['ar'], preferredLanguage: 'ar' },
    '2026-01-10',
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.id;
}

/** Test support: a goal in the language area, stored through the write layer. */
export async function createTestGoal(
  ids: { caseId: string; planId: string },
  fields: Partial<GoalInput> = {},
): Promise<string> {
  const result = await createRecord('goals', {
    planId: ids.planId,
    caseId: ids.caseId,
    lifeAreaKey: 'language',
    text: 'Deutschkurs B1 abschließen',
    priority: 'high',
    status: 'open',
    targetDate: '2027-06-30',
    ...fields,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.id;
}
