import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  adminUserResponseSchema,
  createUserRequestSchema,
  PASSWORD_MIN_LENGTH,
  Role,
  type AdminUser,
  type CreateUserRequest,
} from '@/core/index';
import { FormErrorSummary, SelectField, TextField } from '@/components/form/fields';
import { recordResolver } from '@/components/form/record-resolver';
import { apiRequest } from '@/sync/api-client';
import { generatePassword } from './generate-password';
import { ActionFailure } from '@/components/server/server-failure';
import { useRoleOptions } from './use-role-options';
import { useServerAction } from './use-server-action';

const EMPTY: CreateUserRequest = { email: '', displayName: '', role: Role.manager, password: '' };

interface CreateUserFormProps {
  onCreated: (user: AdminUser, password: string) => void;
  onCancel: () => void;
}

/**
 * A new account of the admin's organisation. Deliberately without a draft:
 * the initial password must never be written to the device's storage.
 */
export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation('admin');
  const roleOptions = useRoleOptions();
  const action = useServerAction();
  const form = useForm<CreateUserRequest, unknown, CreateUserRequest>({
    resolver: recordResolver<CreateUserRequest>(createUserRequestSchema),
    defaultValues: EMPTY,
    mode: 'onTouched',
  });

  const save = form.handleSubmit(async (values) => {
    const answer = await action.run(() =>
      apiRequest('/v1/admin/users', adminUserResponseSchema, { method: 'POST', body: values }),
    );
    if (answer) onCreated(answer.user, values.password);
  });

  const suggest = () =>
    form.setValue('password', generatePassword(), { shouldValidate: true, shouldDirty: true });

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={(e) => void save(e)} noValidate>
        <div className="form-grid">
          <TextField name="email" type="email" label={t('users.fields.email')} autoComplete="off" />
          <TextField name="displayName" label={t('users.fields.displayName')} autoComplete="off" />
          <SelectField name="role" label={t('users.fields.role')} options={roleOptions} />
          <TextField
            name="password"
            label={t('users.fields.password')}
            hint={t('users.create.passwordHint', { count: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
          />
        </div>
        <div>
          <button type="button" className="button-secondary" onClick={suggest}>
            {t('users.create.suggestPassword')}
          </button>
        </div>
        <FormErrorSummary />
        <ActionFailure failure={action.failure} />
        <div className="form-actions">
          <button type="submit" disabled={action.busy} aria-busy={action.busy}>
            {action.busy ? t('sending') : t('users.create.submit')}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
