import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '@/core/index';
import type { ApiFailure } from '@/sync/api-client';
import { apiFailureText } from './api-failure-text';
import { PlainField } from '@/components/form/plain-field';
import { loadAuthServices } from './load-auth-services';

/** The password once more, for a new device session of the person already working here. */
export default function ReloginForm({
  user,
  onCancel,
}: {
  user: SessionUser;
  onCancel: () => void;
}) {
  const { t } = useTranslation('auth');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | 'otherAccount'>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(!password);
    if (!password) return;
    setBusy(true);
    setFailure(undefined);
    const { logInAgain } = await loadAuthServices();
    const outcome = await logInAgain(user, password);
    // On success the notice and this form are gone.
    if (outcome.ok) return;
    setFailure(outcome.failure);
    setBusy(false);
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <p className="auth-confirm-title">{t('session.reloginFor', { email: user.email })}</p>
      <PlainField
        label={t('login.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={missing ? t('login.passwordMissing') : undefined}
      />
      {failure && (
        <p role="alert" className="alert alert-error">
          {failure === 'otherAccount'
            ? t('session.otherAccount', { email: user.email })
            : apiFailureText(t, failure)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
