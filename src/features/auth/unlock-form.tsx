import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginResponse } from '@/core/index';
import type { DeviceAccount } from '@/db/device/device-database';
import { PlainField } from '@/components/form/plain-field';
import { loadAuthServices } from './load-auth-services';
import { MAX_PIN_ATTEMPTS, WARN_FROM_ATTEMPTS } from './pin-attempts';
import type { UnlockOutcome } from './unlock-account';

type Refusal = Exclude<UnlockOutcome, { ok: true } | { reason: 'wiped' }>;

/** The PIN of one account; says how many attempts are left, and warns before the deletion. */
export function UnlockForm({
  account,
  pendingLogin,
}: {
  account: DeviceAccount;
  pendingLogin?: LoginResponse;
}) {
  const { t } = useTranslation('auth');
  const [pin, setPin] = useState('');
  const [missing, setMissing] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();
  const [busy, setBusy] = useState(false);
  useEffect(() => void loadAuthServices(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMissing(!pin);
    if (!pin) return;
    setBusy(true);
    setRefusal(undefined);
    const { unlockAccount } = await loadAuthServices();
    const outcome = await unlockAccount(account.userId, pin, pendingLogin);
    // Unlocked, or the data was deleted: either way another screen shows now.
    if (outcome.ok || outcome.reason === 'wiped') return;
    setRefusal(outcome);
    setPin('');
    setBusy(false);
  }

  const refusalText =
    refusal?.reason === 'wrongPin'
      ? t('unlock.wrongPin', { count: MAX_PIN_ATTEMPTS - refusal.failedAttempts })
      : refusal && t(`unlock.${refusal.reason}`);

  return (
    <form
      className="form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="unlock-title"
    >
      {pendingLogin && <p className="alert alert-info">{t('unlock.pendingLogin')}</p>}
      <PlainField
        label={t('unlock.pin')}
        type="password"
        autoComplete="current-password"
        autoFocus
        value={pin}
        onChange={(e) => setPin(e.target.value)}
        error={missing ? t('unlock.pinMissing') : undefined}
      />
      {refusalText && (
        <p role="alert" className="alert alert-error">
          {refusalText}
        </p>
      )}
      {account.failedAttempts >= WARN_FROM_ATTEMPTS && !busy && (
        <p role="alert" className="alert alert-warning" data-testid="wipe-warning">
          {t('unlock.warning')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t('unlock.busy') : t('unlock.submit')}
        </button>
      </div>
    </form>
  );
}
