import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@/core/index';
import { formatDay } from './format-time';
import { UserEditForm } from './user-edit-form';
import { UserTogglePanel } from './user-toggle-panel';

interface UserItemProps {
  user: AdminUser;
  /** The signed-in admin: they cannot disable their own account here. */
  isSelf: boolean;
  onChanged: (user: AdminUser) => void;
}

/** One account: name, e-mail, role and whether it is active; changed in place. */
export function UserItem({ user, isSelf, onChanged }: UserItemProps) {
  const { t } = useTranslation('admin');
  const [mode, setMode] = useState<'view' | 'edit' | 'toggle'>('view');
  const headingId = `admin-user-${user.id}`;
  const done = (changed: AdminUser) => {
    onChanged(changed);
    setMode('view');
  };

  return (
    <li className="list-item admin-item" aria-labelledby={headingId}>
      <div className="admin-item-head">
        <h3 id={headingId}>
          {user.displayName}
          {isSelf && <span className="muted"> {t('users.you')}</span>}
        </h3>
        <span className="badge">{t(`roles.${user.role}`)}</span>
        {user.disabledAt ? (
          <span className="badge badge-warning">
            {t('users.disabledSince', { date: formatDay(user.disabledAt) })}
          </span>
        ) : (
          <span className="badge badge-success">{t('users.active')}</span>
        )}
      </div>
      <p>{user.email}</p>
      {mode === 'edit' && (
        <UserEditForm user={user} isSelf={isSelf} onSaved={done} onCancel={() => setMode('view')} />
      )}
      {mode === 'toggle' && (
        <UserTogglePanel user={user} onDone={done} onCancel={() => setMode('view')} />
      )}
      {mode === 'view' && (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={() => setMode('edit')}>
            {t('common:actions.edit')}
            <span className="visually-hidden">: {user.displayName}</span>
          </button>
          {!isSelf && (
            <button type="button" className="button-secondary" onClick={() => setMode('toggle')}>
              {user.disabledAt ? t('users.enable') : t('users.disable')}
              <span className="visually-hidden">: {user.displayName}</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}
