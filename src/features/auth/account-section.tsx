import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceName } from '@/db/device/device-settings';
import { useSessionStore } from '@/sync/session-store';
import { AutoLockSelect } from './auto-lock-select';
import { ChangePinForm } from './change-pin-form';
import { ConfirmPanel } from '@/components/confirm-panel';
import { removeAccountFromDevice } from './remove-account';
import { useDeviceAccount } from './use-device-accounts';
import './auth.css';

/** Settings: who is signed in on this device, auto-lock, the PIN, and removing oneself from the device. */
export function AccountSection() {
  const { t } = useTranslation('auth');
  const user = useSessionStore((s) => s.user);
  const account = useDeviceAccount(user?.id);
  const [device, setDevice] = useState<string>();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [changingPin, setChangingPin] = useState(false);
  const [pinChanged, setPinChanged] = useState(false);

  useEffect(() => {
    void deviceName().then(setDevice);
  }, []);

  if (!user || !account) return null;

  function remove() {
    setBusy(true);
    void removeAccountFromDevice();
  }

  return (
    <section aria-labelledby="account-heading" className="card">
      <h2 id="account-heading">{t('account.heading')}</h2>
      <p>
        {t('account.who', {
          name: user.displayName,
          email: user.email,
          role: t(`roles.${user.role}`),
        })}
      </p>
      {device && <p>{t('account.device', { name: device })}</p>}
      <AutoLockSelect account={account} />
      {pinChanged && (
        <p role="status" className="alert alert-info">
          {t('changePin.done')}
        </p>
      )}
      {changingPin ? (
        <ChangePinForm
          account={account}
          onDone={() => {
            setChangingPin(false);
            setPinChanged(true);
          }}
          onCancel={() => setChangingPin(false)}
        />
      ) : (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setPinChanged(false);
            setChangingPin(true);
          }}
        >
          {t('changePin.open')}
        </button>
      )}
      <p className="muted">{t('account.removeHint')}</p>
      {asking ? (
        <ConfirmPanel
          variant="card"
          title={t('account.removeTitle')}
          confirmLabel={t('account.removeConfirm')}
          busy={busy}
          onConfirm={remove}
          onCancel={() => setAsking(false)}
        >
          <p>{t('account.removeBody')}</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
          {t('account.remove')}
        </button>
      )}
    </section>
  );
}
