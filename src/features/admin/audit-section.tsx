import { useTranslation } from 'react-i18next';
import { AuditTable } from './audit-table';
import { ActionFailure, LoadFailure, Loading } from '@/components/server/server-failure';
import { useAuditLog } from './use-audit-log';

/** The organisation's audit log: who signed in, changed or read what, newest first. */
export function AuditSection() {
  const { t } = useTranslation('admin');
  const log = useAuditLog();

  return (
    <section aria-labelledby="admin-audit-heading" className="page">
      <h2 id="admin-audit-heading">{t('audit.heading')}</h2>
      <p className="muted">{t('audit.intro')}</p>
      {!log.loaded && log.loading && <Loading />}
      {!log.loaded && log.failure && <LoadFailure failure={log.failure} onRetry={log.reload} />}
      {log.loaded && (
        <>
          <div>
            <button type="button" className="button-secondary" onClick={log.reload}>
              {t('audit.refresh')}
            </button>
          </div>
          {log.entries.length === 0 ? (
            <p className="empty-state">{t('audit.empty')}</p>
          ) : (
            <AuditTable entries={log.entries} />
          )}
          <ActionFailure failure={log.failure} />
          {log.nextBefore !== null ? (
            <div>
              <button
                type="button"
                onClick={() => void log.loadOlder()}
                disabled={log.loading}
                aria-busy={log.loading}
              >
                {log.loading ? t('loading') : t('audit.older')}
              </button>
            </div>
          ) : (
            log.entries.length > 0 && <p className="muted">{t('audit.end')}</p>
          )}
        </>
      )}
    </section>
  );
}
