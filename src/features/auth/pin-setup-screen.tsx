import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginResponse } from '@/core/index';
import { PlainField } from '@/components/form/plain-field';
import { AuthLayout } from './auth-layout';
import { useAuthStore } from './auth-store';
import { loadAuthServices } from './load-auth-services';
import { checkNewPin, type PinProblem } from './pin-rules';

/** After the first login: the PIN or passphrase that will encrypt this person's data. */
export default function PinSetupScreen({ login }: { login: LoginResponse }) {
  const { t } = useTranslation('auth');
  const show = useAuthStore((s) => s.show);
  const [pin, setPin] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problem, setProblem] = useState<PinProblem>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => void loadAuthServices(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkNewPin(pin, repeated);
    setProblem(found);
    if (found) return;
    setBusy(true);
    setFailed(false);
    // On success this screen is gone; a failure (no storage left, say) leaves nothing behind.
    const { setUpAccount } = await loadAuthServices();
    await setUpAccount(login, pin).catch(() => {
      setFailed(true);
      setBusy(false);
    });
  }

  function cancel() {
    // The new session would otherwise stay open on the server with nobody holding its token.
    void loadAuthServices().then(({ endServerSession }) => endServerSession(login.token));
    show({ name: 'login' });
  }

  return (
    <AuthLayout>
      <div className="page auth-page">
        <h1 id="pin-title">{t('pinSetup.title')}</h1>
        <p>{t('pinSetup.intro', { name: login.user.displayName })}</p>
        <form
          className="form card"
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-labelledby="pin-title"
        >
          <PlainField
            label={t('pinSetup.pin')}
            hint={t('pinSetup.pinHint')}
            type="password"
            autoComplete="new-password"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            error={problem && problem !== 'mismatch' ? t(`pinSetup.problem.${problem}`) : undefined}
          />
          <PlainField
            label={t('pinSetup.repeat')}
            type="password"
            autoComplete="new-password"
            value={repeated}
            onChange={(e) => setRepeated(e.target.value)}
            error={problem === 'mismatch' ? t('pinSetup.problem.mismatch') : undefined}
          />
          <p className="alert alert-warning">{t('pinSetup.warning')}</p>
          {failed && (
            <p role="alert" className="alert alert-error">
              {t('pinSetup.failed')}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" disabled={busy} aria-busy={busy}>
              {busy ? t('pinSetup.busy') : t('pinSetup.submit')}
            </button>
            <button type="button" className="button-secondary" onClick={cancel} disabled={busy}>
              {t('pinSetup.cancel')}
            </button>
          </div>
        </form>
      </div>
    </AuthLayout>
  );
}
