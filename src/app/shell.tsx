import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOnlineStatus } from '@/sync/use-online-status';
import { useSessionStore } from '@/sync/session-store';

interface ShellProps {
  children: ReactNode;
  /** Who is working, with lock and logout (features/auth); absent in tests of the shell alone. */
  account?: ReactNode;
  /** The sync status (features/sync), loaded lazily; absent in tests of the shell alone. */
  sync?: ReactNode;
}

/**
 * The frame of every screen after unlocking. Its header holds still: nothing
 * in it changes size when the network comes and goes or a sync runs, so the
 * screen below never jumps under a finger (styles.css, `.shell-header`).
 */
export function Shell({ children, account, sync }: ShellProps) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  const role = useSessionStore((s) => s.user?.role);
  return (
    <div className="shell">
      <header className="shell-header">
        <div className="shell-line">
          <Link href="/" className="brand">
            <img src="/icons/icon-192.png" alt="" width={32} height={32} />
            <span>
              {t('appName')} <small>{t('appTagline')}</small>
            </span>
          </Link>
          <span
            className={online ? 'network-badge online' : 'network-badge offline'}
            data-testid="network-status"
          >
            {online ? t('network.online') : t('network.offlineShort')}
          </span>
          <div className="shell-account">{account}</div>
        </div>
        <div className="shell-line">
          <nav aria-label={t('nav.main')}>
            <Link href="/" className={(active) => (active ? 'active' : '')}>
              {t('nav.caseload')}
            </Link>
            <Link href="/partners" className={(active) => (active ? 'active' : '')}>
              {t('nav.partners')}
            </Link>
            <Link href="/groups" className={(active) => (active ? 'active' : '')}>
              {t('nav.groups')}
            </Link>
            {role === 'supervisor' && (
              <Link href="/team" className={(active) => (active ? 'active' : '')}>
                {t('nav.team')}
              </Link>
            )}
            {role === 'admin' && (
              <Link href="/admin" className={(active) => (active ? 'active' : '')}>
                {t('nav.admin')}
              </Link>
            )}
            <Link href="/settings" className={(active) => (active ? 'active' : '')}>
              {t('nav.settings')}
            </Link>
          </nav>
          {/* A slot of its own: the status loads lazily and changes, and never moves the rest. */}
          <div className="shell-sync">{sync}</div>
        </div>
      </header>
      <main className="shell-main">{children}</main>
    </div>
  );
}
