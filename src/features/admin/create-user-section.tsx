import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@/core/index';
import { CreateUserForm } from './create-user-form';

interface Created {
  user: AdminUser;
  password: string;
}

/** Opens the form for a new account, and afterwards shows the initial password to hand over. */
export function CreateUserSection({ onCreated }: { onCreated: (user: AdminUser) => void }) {
  const { t } = useTranslation('admin');
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Created>();

  return (
    <section aria-labelledby="admin-create-user-heading" className="card admin-card">
      <h3 id="admin-create-user-heading">{t('users.create.heading')}</h3>
      {created && (
        <div className="alert alert-info" role="status">
          <p>
            {t('users.create.done', { name: created.user.displayName, email: created.user.email })}
          </p>
          <p>
            {t('users.create.passwordIs')} <code className="admin-secret">{created.password}</code>
          </p>
          <p>{t('users.create.handOver')}</p>
          <button type="button" className="button-secondary" onClick={() => setCreated(undefined)}>
            {t('users.create.hidePassword')}
          </button>
        </div>
      )}
      {open ? (
        <CreateUserForm
          onCreated={(user, password) => {
            onCreated(user);
            setCreated({ user, password });
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button
          type="button"
          onClick={() => {
            setCreated(undefined);
            setOpen(true);
          }}
        >
          {t('users.create.open')}
        </button>
      )}
    </section>
  );
}
