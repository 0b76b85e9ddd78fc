import { useTranslation } from 'react-i18next';
import type { DeviceAccount } from '@/db/device/device-database';

interface AccountChoiceProps {
  accounts: DeviceAccount[];
  chosen: string;
  onChoose: (userId: string) => void;
}

/** The people set up on this device, as large radio rows; one person is simply named. */
export function AccountChoice({ accounts, chosen, onChoose }: AccountChoiceProps) {
  const { t } = useTranslation('auth');
  const name = (account: DeviceAccount) =>
    t('accountName', { name: account.displayName, role: t(`roles.${account.role}`) });
  if (accounts.length === 1) return <p className="auth-account-name">{name(accounts[0]!)}</p>;
  return (
    <fieldset className="field auth-accounts">
      <legend>{t('unlock.who')}</legend>
      {accounts.map((account) => (
        <label key={account.userId} className="auth-account">
          <input
            type="radio"
            name="account"
            value={account.userId}
            checked={account.userId === chosen}
            onChange={() => onChoose(account.userId)}
          />
          {name(account)}
        </label>
      ))}
    </fieldset>
  );
}
