import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmPanel } from '@/components/confirm-panel';

interface LogoutConfirmProps {
  busy: boolean;
  /** What logging out now leaves unsent (features/sync). */
  notice?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The question before logging out; loaded when asked, so the first screen need not carry it. */
export default function LogoutConfirm({ busy, notice, onConfirm, onCancel }: LogoutConfirmProps) {
  const { t } = useTranslation('auth');
  return (
    <div className="auth-overlay">
      <ConfirmPanel
        variant="card"
        title={t('bar.logoutTitle')}
        confirmLabel={t('bar.logout')}
        busy={busy}
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p>{t('bar.logoutBody')}</p>
        {notice}
      </ConfirmPanel>
    </div>
  );
}
