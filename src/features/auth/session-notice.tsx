import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '@/sync/session-store';
import { useAuthStore } from './auth-store';

const ReloginForm = lazy(() => import('./relogin-form'));

/**
 * Shown above every screen while the server does not take the device session
 * (expired, logged out): the person keeps working offline, and may log in
 * again right here to be able to sync.
 */
export function SessionNotice() {
  const { t } = useTranslation('auth');
  const problem = useAuthStore((s) => s.sessionProblem);
  const user = useSessionStore((s) => s.user);
  const [relogin, setRelogin] = useState(false);
  if (!problem || !user) return null;
  return (
    <section className="alert alert-warning auth-session-notice" role="status">
      <p>{t(`session.${problem}`)}</p>
      {relogin ? (
        <Suspense fallback={null}>
          <ReloginForm user={user} onCancel={() => setRelogin(false)} />
        </Suspense>
      ) : (
        <button type="button" onClick={() => setRelogin(true)}>
          {t('session.relogin')}
        </button>
      )}
    </section>
  );
}
