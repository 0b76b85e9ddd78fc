import { useTranslation } from 'react-i18next';
import type { SyncRunResult } from '@/sync/run-sync';
import { useSyncStatusStore } from '@/sync/sync-status-store';
import { syncFailureText } from './sync-failure-text';
import { useSyncAction } from './use-sync-action';

/**
 * The run's own result, in words: a failure is reported as one, with its
 * reason. Its explanation is added unless the status above already shows
 * this very failure (a run that never started, e.g. without a session, is
 * not in the status).
 */
export function SyncResultText({ result }: { result: SyncRunResult | undefined }) {
  const { t } = useTranslation('sync');
  const shown = useSyncStatusStore((s) => s.failure);
  let text = '';
  if (result?.ok) text = t('now.done');
  else if (result) {
    const failure = syncFailureText(t, result.failure, null);
    text = t('now.failed', { reason: failure.title });
    if (result.failure !== shown) text = `${text}. ${failure.detail}`;
  }
  return (
    <p role="status" className={result && !result.ok ? 'sync-result failed' : 'sync-result'}>
      {text}
    </p>
  );
}

/** "Jetzt synchronisieren": waits for the run and reports how it went. */
export function SyncNowButton() {
  const { t } = useTranslation('sync');
  const { busy, result, run } = useSyncAction();
  return (
    <div className="sync-now">
      <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? t('now.busy') : t('now.button')}
      </button>
      <SyncResultText result={result} />
    </div>
  );
}
