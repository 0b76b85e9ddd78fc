import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/components/format-bytes';
import { isNearlyFull, type StorageStatus } from './storage-status';

interface StorageSectionProps {
  status: StorageStatus | undefined;
  onRefresh: () => void;
}

export function StorageSection({ status, onRefresh }: StorageSectionProps) {
  const { t, i18n } = useTranslation('settings');
  const locale = i18n.language;
  return (
    <section aria-labelledby="storage-heading" className="card">
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      {status && !status.supported && <p>{t('storage.unsupported')}</p>}
      {status?.supported && (
        <>
          <p data-testid="storage-persisted">
            {t(status.persisted ? 'storage.persisted' : 'storage.notPersisted')}
          </p>
          <p data-testid="storage-usage">
            {t('storage.usage', {
              used: formatBytes(status.usage, locale),
              quota: formatBytes(status.quota, locale),
              free: formatBytes(Math.max(status.quota - status.usage, 0), locale),
              percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
                status.quota ? (status.usage / status.quota) * 100 : 0,
              ),
            })}
          </p>
          <meter
            min={0}
            max={status.quota || 1}
            value={status.usage}
            high={(status.quota || 1) * 0.8}
            aria-label={t('storage.heading')}
          />
          {isNearlyFull(status) && (
            <p role="alert" className="alert alert-warning">
              {t('storage.nearlyFull')}
            </p>
          )}
        </>
      )}
      <button type="button" className="button-secondary" onClick={onRefresh}>
        {t('storage.refresh')}
      </button>
    </section>
  );
}
