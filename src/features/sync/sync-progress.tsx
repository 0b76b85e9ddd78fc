import { useTranslation } from 'react-i18next';
import { useSyncStatusStore, type SyncProgress as Progress } from '@/sync/sync-status-store';

/** Below this many rows a sync is over before a bar would say anything. */
export const PROGRESS_FROM_ROWS = 200;

export function showsProgress(progress: Progress | null): progress is Progress {
  return !!progress && progress.total > PROGRESS_FROM_ROWS;
}

/** How far a large sync (a first sync, a reassigned caseload) has come. */
export function SyncProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation('sync');
  const text = t('status.progress', { received: progress.received, total: progress.total });
  return (
    // A span: the header shows it inside the sync status button.
    <span className="sync-progress">
      <progress value={progress.received} max={progress.total} aria-label={text} />
      <span>{text}</span>
    </span>
  );
}

/** The running sync's progress, rendered on its own so that each step redraws only the bar. */
export function LiveSyncProgress() {
  const progress = useSyncStatusStore((s) => s.progress);
  return showsProgress(progress) ? <SyncProgress progress={progress} /> : null;
}
