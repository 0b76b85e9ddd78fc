import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceName as storedDeviceName } from '@/db/device/device-settings';
import type { ApiFailure } from '@/sync/api-client';
import { useOnlineStatus } from '@/sync/use-online-status';
import { apiFailureText } from './api-failure-text';
import { PlainField } from '@/components/form/plain-field';
import { loadAuthServices } from './load-auth-services';

type Field = 'email' | 'password' | 'deviceName';

/** E-mail, password and the device's name; only online, since the server checks the password. */
export function LoginForm() {
  const { t } = useTranslation('auth');
  const online = useOnlineStatus();
  const [values, setValues] = useState({ email: '', password: '', deviceName: '' });
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadAuthServices();
    let active = true;
    void storedDeviceName().then(
      (name) => active && setValues((v) => (v.deviceName ? v : { ...v, deviceName: name })),
    );
    return () => {
      active = false;
    };
  }, []);

  const change = (field: Field) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const email = values.email.trim();
    const deviceName = values.deviceName.trim();
    const problems: Partial<Record<Field, string>> = {};
    if (!email) problems.email = t('login.emailMissing');
    if (!values.password) problems.password = t('login.passwordMissing');
    if (!deviceName) problems.deviceName = t('login.deviceNameMissing');
    setMissing(problems);
    setFailure(undefined);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    const { logIn } = await loadAuthServices();
    const outcome = await logIn({ email, password: values.password, deviceName });
    // On success this screen is gone already.
    if (!outcome.ok) {
      setFailure(outcome.failure);
      setBusy(false);
    }
  }

  return (
    <form
      className="form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="login-title"
    >
      {!online && (
        <p role="alert" className="alert alert-warning">
          {t('login.offline')}
        </p>
      )}
      <PlainField
        label={t('login.email')}
        type="email"
        autoComplete="username"
        value={values.email}
        onChange={change('email')}
        error={missing.email}
      />
      <PlainField
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        value={values.password}
        onChange={change('password')}
        error={missing.password}
      />
      <PlainField
        label={t('login.deviceName')}
        hint={t('login.deviceNameHint')}
        maxLength={100}
        value={values.deviceName}
        onChange={change('deviceName')}
        error={missing.deviceName}
      />
      {failure && (
        <p role="alert" className="alert alert-error">
          {apiFailureText(t, failure)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy || !online} aria-busy={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </div>
    </form>
  );
}
