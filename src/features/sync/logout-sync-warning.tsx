import { useTranslation } from 'react-i18next';
import { useSyncOverview } from '@/db/queries/use-sync-overview';
import { SyncResultText } from './sync-now-button';
import { useSyncAction } from './use-sync-action';

/**
 * In the logout confirmation: says how many changes have not reached the
 * server, that they stay encrypted on the device, and offers to sync first.
 * Says nothing when everything is sent. Loaded lazily by the app.
 */
export default function LogoutSyncWarning() {
  const { t } = useTranslation('sync');
  const overview = useSyncOverview();
  const { busy, result, run } = useSyncAction();
  if (!overview) return null;
  const unsent = overview.pending + overview.refused.reduce((n, c) => n + c.seqs.length, 0);
  if (unsent === 0)
    return result?.ok ? (
      <p role="status" className="sync-result">
        {t('logout.synced')}
      </p>
    ) : null;
  return (
    <div className="alert alert-warning sync-logout-warning" role="note">
      <p>
        <strong>{t('logout.pending', { count: unsent })}</strong> {t('logout.stays')}
      </p>
      <button
        type="button"
        className="button-secondary"
        onClick={() => void run()}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? t('now.busy') : t('logout.syncFirst')}
      </button>
      <SyncResultText result={result} />
    </div>
  );
}
