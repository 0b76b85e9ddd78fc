import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnlineStatus } from '@/sync/use-online-status';
import './auth.css';

/** The frame of the screens before unlocking: the brand and the network state, no navigation. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <div className="shell">
      <header className="shell-header auth-header">
        <span className="brand">
          <img src="/icons/icon-192.png" alt="" width={32} height={32} />
          <span>
            {t('appName')} <small>{t('appTagline')}</small>
          </span>
        </span>
        <span className="auth-header-space" />
        <span
          className={online ? 'network-badge online' : 'network-badge offline'}
          data-testid="network-status"
        >
          {online ? t('network.online') : t('network.offline')}
        </span>
      </header>
      <main className="shell-main auth-main">{children}</main>
    </div>
  );
}
