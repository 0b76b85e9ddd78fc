import { AccountSection } from '@/features/auth/account-section';
import SettingsPage from '@/features/settings/settings-page';

/** The settings, and below them the account on this device (features/auth). */
export default function SettingsRoute() {
  return (
    <>
      <SettingsPage />
      <div className="page account-settings">
        <AccountSection />
      </div>
    </>
  );
}
