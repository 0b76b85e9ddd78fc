import { useTranslation } from 'react-i18next';

/** Shown when rendering fails; stored data lives in IndexedDB and is untouched by a crash. */
export function CrashScreen() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="page card">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </button>
    </div>
  );
}
