import { useTranslation } from 'react-i18next';
import { adminUsersResponseSchema, type AdminUser } from '@/core/index';
import { useSessionStore } from '@/sync/session-store';
import { CreateUserSection } from './create-user-section';
import { LoadFailure, Loading } from '@/components/server/server-failure';
import { UserItem } from './user-item';
import { useServerData } from '@/components/server/use-server-data';

function upsert(users: AdminUser[], user: AdminUser): AdminUser[] {
  return users.some((u) => u.id === user.id)
    ? users.map((u) => (u.id === user.id ? user : u))
    : [...users, user];
}

function byName(a: AdminUser, b: AdminUser): number {
  return a.displayName.localeCompare(b.displayName, 'de');
}

/** The organisation's accounts: create them, change name and role, disable and enable them. */
export function UsersSection() {
  const { t } = useTranslation('admin');
  const myId = useSessionStore((s) => s.user?.id);
  const { result, reload, update } = useServerData('/v1/admin/users', adminUsersResponseSchema);
  const changed = (user: AdminUser) => update((data) => ({ users: upsert(data.users, user) }));

  return (
    <section aria-labelledby="admin-users-heading" className="page">
      <h2 id="admin-users-heading">{t('users.heading')}</h2>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && <LoadFailure failure={result.failure} onRetry={reload} />}
      {result.state === 'loaded' && (
        <>
          <CreateUserSection onCreated={changed} />
          <p className="muted" role="status">
            {t('users.count', { count: result.data.users.length })}
          </p>
          <ul className="list">
            {result.data.users.toSorted(byName).map((user) => (
              <UserItem key={user.id} user={user} isSelf={user.id === myId} onChanged={changed} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
