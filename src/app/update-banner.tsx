import { useTranslation } from 'react-i18next';

interface UpdateBannerProps {
  onReload: () => void;
  onDismiss: () => void;
}

/** Asks before switching to a new version, so that nobody loses what they are typing. */
export function UpdateBanner({ onReload, onDismiss }: UpdateBannerProps) {
  const { t } = useTranslation();
  return (
    <div role="status" className="update-banner">
      <span>{t('update.available')}</span>
      <button type="button" onClick={onReload}>
        {t('update.reload')}
      </button>
      <button type="button" className="button-secondary" onClick={onDismiss}>
        {t('update.later')}
      </button>
    </div>
  );
}
