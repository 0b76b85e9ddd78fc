import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginResponse } from '@/core/index';
import { AccountChoice } from './account-choice';
import { AuthLayout } from './auth-layout';
import { useAuthStore } from './auth-store';
import { UnlockForm } from './unlock-form';
import { useDeviceAccounts } from './use-device-accounts';

interface UnlockScreenProps {
  userId?: string;
  pendingLogin?: LoginResponse;
}

/** Every later start, online or not: choose who works, enter the PIN. */
export function UnlockScreen({ userId, pendingLogin }: UnlockScreenProps) {
  const { t } = useTranslation('auth');
  const show = useAuthStore((s) => s.show);
  const accounts = useDeviceAccounts();
  const [chosen, setChosen] = useState(userId);

  useEffect(() => {
    if (accounts?.length === 0) show({ name: 'login' });
  }, [accounts, show]);

  if (!accounts || accounts.length === 0) return null;
  const account = accounts.find((a) => a.userId === chosen) ?? accounts[0]!;
  return (
    <AuthLayout>
      <div className="page auth-page">
        <h1 id="unlock-title">{t('unlock.title')}</h1>
        <AccountChoice accounts={accounts} chosen={account.userId} onChoose={setChosen} />
        <UnlockForm
          key={account.userId}
          account={account}
          pendingLogin={pendingLogin?.user.id === account.userId ? pendingLogin : undefined}
        />
        <button type="button" className="button-secondary" onClick={() => show({ name: 'login' })}>
          {t('unlock.anotherPerson')}
        </button>
      </div>
    </AuthLayout>
  );
}
