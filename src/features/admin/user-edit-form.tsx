import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  adminUserResponseSchema,
  updateUserRequestSchema,
  type AdminUser,
  type Role,
} from '@/core/index';
import { FormErrorSummary, SelectField, TextField } from '@/components/form/fields';
import { recordResolver } from '@/components/form/record-resolver';
import { apiRequest } from '@/sync/api-client';
import { ActionFailure } from '@/components/server/server-failure';
import { useRoleOptions } from './use-role-options';
import { useServerAction } from './use-server-action';

interface EditValues {
  displayName: string;
  role: Role;
}

interface UserEditFormProps {
  user: AdminUser;
  isSelf: boolean;
  onSaved: (user: AdminUser) => void;
  onCancel: () => void;
}

/**
 * Changes an account's display name and role. No draft is kept: the form is
 * two short fields and works only online.
 */
export function UserEditForm({ user, isSelf, onSaved, onCancel }: UserEditFormProps) {
  const { t } = useTranslation('admin');
  const roleOptions = useRoleOptions();
  const action = useServerAction();
  const form = useForm<EditValues, unknown, EditValues>({
    resolver: recordResolver<EditValues>(updateUserRequestSchema),
    defaultValues: { displayName: user.displayName, role: user.role },
  });

  const save = form.handleSubmit(async (values) => {
    const changes = {
      ...(values.displayName !== user.displayName && { displayName: values.displayName }),
      ...(values.role !== user.role && { role: values.role }),
    };
    if (Object.keys(changes).length === 0) return onCancel();
    const answer = await action.run(() =>
      apiRequest(`/v1/admin/users/${encodeURIComponent(user.id)}`, adminUserResponseSchema, {
        method: 'PATCH',
        body: changes,
      }),
    );
    if (answer) onSaved(answer.user);
  });

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={(e) => void save(e)} noValidate>
        <div className="form-grid">
          <TextField name="displayName" label={t('users.fields.displayName')} />
          <SelectField
            name="role"
            label={t('users.fields.role')}
            options={roleOptions}
            hint={isSelf ? t('users.ownRoleHint') : undefined}
          />
        </div>
        <FormErrorSummary />
        <ActionFailure failure={action.failure} />
        <div className="form-actions">
          <button type="submit" disabled={action.busy} aria-busy={action.busy}>
            {t('common:actions.save')}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
