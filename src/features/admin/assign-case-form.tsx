import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  assignmentsResponseSchema,
  caseIdSchema,
  Role,
  type AdminUser,
  type CaseAssignment,
} from '@/core/index';
import { FormErrorSummary, SelectField, TextField } from '@/components/form/fields';
import { recordResolver } from '@/components/form/record-resolver';
import { apiRequest } from '@/sync/api-client';
import { ActionFailure } from '@/components/server/server-failure';
import { useServerAction } from './use-server-action';

/** A pasted id often brings spaces or a line break along, or arrives in capitals. */
const assignSchema = z.object({
  caseId: z.string().trim().min(1).toLowerCase().pipe(caseIdSchema),
  userId: z.string().min(1),
});
type AssignValues = z.infer<typeof assignSchema>;

/** Only active managers and supervisors can take cases (the server answers `not_assignable` otherwise). */
export function assignableUsers(users: AdminUser[]): AdminUser[] {
  return users
    .filter((u) => u.disabledAt === null && (u.role === Role.manager || u.role === Role.supervisor))
    .toSorted(
      (a, b) =>
        Number(a.role !== Role.manager) - Number(b.role !== Role.manager) ||
        a.displayName.localeCompare(b.displayName, 'de'),
    );
}

interface AssignCaseFormProps {
  users: AdminUser[];
  onAssigned: (caseId: string, assignments: CaseAssignment[]) => void;
}

export function AssignCaseForm({ users, onAssigned }: AssignCaseFormProps) {
  const { t } = useTranslation('admin');
  const action = useServerAction();
  const [done, setDone] = useState<{ caseId: string; name: string }>();
  const form = useForm<AssignValues, unknown, AssignValues>({
    resolver: recordResolver<AssignValues>(assignSchema),
    defaultValues: { caseId: '', userId: '' },
  });
  const people = assignableUsers(users);
  const options = people.map((u) => ({
    value: u.id,
    label: `${u.displayName} (${t(`roles.${u.role}`)})`,
  }));

  const save = form.handleSubmit(async ({ caseId, userId }) => {
    setDone(undefined);
    const answer = await action.run(() =>
      apiRequest('/v1/admin/assignments', assignmentsResponseSchema, {
        method: 'PUT',
        body: { caseId, userId, assigned: true },
      }),
    );
    if (!answer) return;
    onAssigned(caseId, answer.assignments);
    setDone({ caseId, name: people.find((u) => u.id === userId)?.displayName ?? userId });
    form.reset({ caseId: '', userId });
  });

  return (
    <section aria-labelledby="admin-assign-heading" className="card admin-card">
      <h3 id="admin-assign-heading">{t('assignments.form.heading')}</h3>
      <FormProvider {...form}>
        <form className="form" onSubmit={(e) => void save(e)} noValidate>
          <div className="form-grid">
            <TextField
              name="caseId"
              label={t('assignments.form.caseId')}
              hint={t('assignments.form.caseIdHint')}
              autoComplete="off"
            />
            <SelectField
              name="userId"
              label={t('assignments.form.person')}
              options={options}
              emptyLabel={t('assignments.form.choose')}
            />
          </div>
          <FormErrorSummary />
          <ActionFailure failure={action.failure} />
          {done && (
            <p className="alert alert-info" role="status">
              {t('assignments.form.done', done)}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" disabled={action.busy} aria-busy={action.busy}>
              {action.busy ? t('sending') : t('assignments.form.submit')}
            </button>
          </div>
        </form>
      </FormProvider>
    </section>
  );
}
