import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Role } from '@/core/index';
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
 * The main navigation's entries for a role, in their order. The roles are
 * compared as checked literals: importing the value `Role` would bring core's
 * schemas (zod) into the first screen's JavaScript.
 */
function navItems(role: Role | undefined) {
  return [
    { href: '/', label: 'nav.caseload' },
    { href: '/partners', label: 'nav.partners' },
    { href: '/groups', label: 'nav.groups' },
    ...(role === 'supervisor' ? [{ href: '/team', label: 'nav.team' }] : []),
    ...(role === 'admin' ? [{ href: '/admin', label: 'nav.admin' }] : []),
    { href: '/settings', label: 'nav.settings' },
  ] as const;
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
            {navItems(role).map(({ href, label }) => (
              <Link key={href} href={href} className={(active) => (active ? 'active' : '')}>
                {t(label)}
              </Link>
            ))}
          </nav>
          {/* A slot of its own: the status loads lazily and changes, and never moves the rest. */}
          <div className="shell-sync">{sync}</div>
        </div>
      </header>
      <main className="shell-main">{children}</main>
    </div>
  );
}
