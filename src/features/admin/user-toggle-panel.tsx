import { useTranslation } from 'react-i18next';
import { adminUserResponseSchema, type AdminUser } from '@/core/index';
import { apiRequest } from '@/sync/api-client';
import { ConfirmPanel } from '@/components/confirm-panel';
import { ActionFailure } from '@/components/server/server-failure';
import { useServerAction } from './use-server-action';

interface UserTogglePanelProps {
  user: AdminUser;
  onDone: (user: AdminUser) => void;
  onCancel: () => void;
}

/** Disables an active account (which revokes all its devices) or enables a disabled one, after asking. */
export function UserTogglePanel({ user, onDone, onCancel }: UserTogglePanelProps) {
  const { t } = useTranslation('admin');
  const action = useServerAction();
  const disable = user.disabledAt === null;
  const which = disable ? 'disableConfirm' : 'enableConfirm';

  async function confirm() {
    const answer = await action.run(() =>
      apiRequest(`/v1/admin/users/${encodeURIComponent(user.id)}`, adminUserResponseSchema, {
        method: 'PATCH',
        body: { disabled: disable },
      }),
    );
    if (answer) onDone(answer.user);
  }

  return (
    <ConfirmPanel
      title={t(`users.${which}.title`, { name: user.displayName })}
      confirmLabel={t(`users.${which}.confirm`)}
      danger={disable}
      busy={action.busy}
      failure={<ActionFailure failure={action.failure} />}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      <p>{t(`users.${which}.body`, { name: user.displayName })}</p>
    </ConfirmPanel>
  );
}
