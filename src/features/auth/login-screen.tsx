import { useTranslation } from 'react-i18next';
import { useAuthStore, type LoginNotice } from './auth-store';
import { AuthLayout } from './auth-layout';
import { LoginForm } from './login-form';
import { useDeviceAccounts } from './use-device-accounts';

interface LoginScreenProps {
  notice?: LoginNotice;
  noticeName?: string;
}

/** First start on a device, another person, or after this device lost someone's data. */
export function LoginScreen({ notice, noticeName }: LoginScreenProps) {
  const { t } = useTranslation('auth');
  const accounts = useDeviceAccounts();
  const show = useAuthStore((s) => s.show);
  return (
    <AuthLayout>
      <div className="page auth-page">
        <h1 id="login-title">{t('login.title')}</h1>
        {notice && (
          <p role="alert" className="alert alert-error" data-testid="login-notice">
            {t(`notice.${notice}`, { name: noticeName ?? t('thisAccount') })}
          </p>
        )}
        <p>{t('login.intro')}</p>
        <LoginForm />
        {accounts && accounts.length > 0 && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => show({ name: 'unlock' })}
          >
            {t('login.backToUnlock')}
          </button>
        )}
      </div>
    </AuthLayout>
  );
}
