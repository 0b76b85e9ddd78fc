import { Suspense, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOverview } from '@/db/queries/use-sync-overview';
import { useSyncStatusStore } from '@/sync/sync-status-store';
import { useOnlineStatus } from '@/sync/use-online-status';
import { ClockWarning } from './clock-warning';
import { KeptCaseList } from './kept-case-list';
import type { PanelPlace } from './panel-place';
import { RefusedChangeList } from './refused-change-list';
import { syncFailureText } from './sync-failure-text';
import { isOffline, syncedText } from './sync-headline';
import { SyncNowButton } from './sync-now-button';
import { showsProgress, SyncProgress } from './sync-progress';

const ALERT_CLASS = { offline: 'alert-info', warning: 'alert-warning', error: 'alert-error' };

interface SyncPanelProps {
  id: string;
  place: PanelPlace;
  overview: SyncOverview;
  onClose: () => void;
}

/** The sync's details: where it stands, what went wrong and what to do, and what waits for the person. */
export function SyncPanel({ id, place, overview, onClose }: SyncPanelProps) {
  const { t } = useTranslation('sync');
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const running = useSyncStatusStore((s) => s.running);
  const progress = useSyncStatusStore((s) => s.progress);
  const failure = useSyncStatusStore((s) => s.failure);
  const retryAt = useSyncStatusStore((s) => s.retryAt);
  const clockOffsetMs = useSyncStatusStore((s) => s.clockOffsetMs);
  const online = useOnlineStatus();
  // Offline explains itself even before a run has failed: the triggers wait for the network.
  const offline = isOffline({ failure, online });
  const shown = offline ? ({ kind: 'offline' } as const) : failure;
  const explained = shown && shown.kind !== 'refused' && syncFailureText(t, shown, retryAt);
  const refusedCount = overview.refused.length;

  useEffect(() => panel.current?.focus(), []);

  return (
    <div
      id={id}
      ref={panel}
      tabIndex={-1}
      role="region"
      aria-labelledby={titleId}
      className="sync-panel card"
      style={place}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <div className="sync-panel-head">
        <h2 id={titleId}>{t('status.label')}</h2>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t('status.close')}
        </button>
      </div>
      <p>
        {running ? t('status.running') : syncedText(t, overview.lastSyncedAt, { last: offline })}
      </p>
      {running && showsProgress(progress) && <SyncProgress progress={progress} />}
      <p>
        {overview.pending
          ? t('status.pending', { count: overview.pending })
          : refusedCount === 0 && t('status.allSent')}
      </p>
      {explained && (
        <div className={`alert ${ALERT_CLASS[explained.tone]}`} role="note">
          <p>
            <strong>{explained.title}</strong>
          </p>
          <p>{explained.detail}</p>
        </div>
      )}
      {refusedCount > 0 && (
        <div className="alert alert-error" role="note">
          <p>
            <strong>{t('failure.refused.title', { count: refusedCount })}</strong>
          </p>
          <p>{t('failure.refused.detail', { count: refusedCount })}</p>
        </div>
      )}
      <ClockWarning clockOffsetMs={clockOffsetMs} />
      <SyncNowButton />
      <p className="muted">{t('status.editingGoesOn')}</p>
      {/* The lists' record and field names come from the forms' texts, loaded on first need. */}
      <Suspense fallback={null}>
        {refusedCount > 0 && (
          <RefusedChangeList
            refused={overview.refused}
            keptCaseIds={new Set(overview.keptCases.map((kept) => kept.caseId))}
          />
        )}
      </Suspense>
      {overview.keptCases.length > 0 && (
        <KeptCaseList cases={overview.keptCases} onOpen={onClose} />
      )}
    </div>
  );
}
