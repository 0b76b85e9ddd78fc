import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '@/sync/session-store';
import { loadAuthServices } from './load-auth-services';
import { lock } from './lock';

const LogoutConfirm = lazy(() => import('./logout-confirm'));

interface AccountBarProps {
  /** Shown in the logout confirmation: what logging out now leaves unsent (features/sync, lazy). */
  logoutNotice?: ReactNode;
}

/** In the shell's header: who works, lock at once, and log out after asking. */
export function AccountBar({ logoutNotice }: AccountBarProps) {
  const { t } = useTranslation('auth');
  const user = useSessionStore((s) => s.user);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!user) return null;

  function confirmLogout() {
    setBusy(true);
    void loadAuthServices().then(({ logOut }) => logOut());
  }

  return (
    <div className="auth-bar" role="group" aria-label={t('bar.label')}>
      <span className="auth-bar-name">{user.displayName}</span>
      <button type="button" className="button-secondary" onClick={() => void lock()}>
        {t('bar.lock')}
      </button>
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        {t('bar.logout')}
      </button>
      {asking && (
        <Suspense fallback={null}>
          <LogoutConfirm
            busy={busy}
            notice={logoutNotice}
            onConfirm={confirmLogout}
            onCancel={() => setAsking(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
