import { useTranslation } from 'react-i18next';
import { LanguageSection } from './language-section';
import { StorageSection } from './storage-section';
import { useStorageStatus } from './use-storage-status';

export default function SettingsPage() {
  const { t } = useTranslation('settings');
  const { status, refresh } = useStorageStatus();
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <LanguageSection />
      <StorageSection status={status} onRefresh={refresh} />
      <section aria-labelledby="about-heading" className="card">
        <h2 id="about-heading">{t('about.heading')}</h2>
        <p>{t('about.version', { version: import.meta.env.VITE_APP_VERSION })}</p>
      </section>
    </div>
  );
}
