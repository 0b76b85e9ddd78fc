import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { updateDeviceAccount } from '@/db/device/device-accounts';
import type { DeviceAccount } from '@/db/device/device-database';
import { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES } from './use-idle-lock';

/** How long without input before this person's session locks itself; kept per account. */
export function AutoLockSelect({ account }: { account: DeviceAccount }) {
  const { t } = useTranslation('auth');
  const id = useId();
  const value = account.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES;
  return (
    <div className="field">
      <label htmlFor={id}>{t('account.autoLock')}</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) =>
          void updateDeviceAccount(account.userId, { autoLockMinutes: Number(e.target.value) })
        }
      >
        {AUTO_LOCK_CHOICES.map((minutes) => (
          <option key={minutes} value={minutes}>
            {t('account.minutes', { count: minutes })}
          </option>
        ))}
      </select>
      <small id={`${id}-hint`} className="field-hint">
        {t('account.autoLockHint')}
      </small>
    </div>
  );
}
