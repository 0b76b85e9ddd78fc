import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncOverview } from '@/db/queries/use-sync-overview';
import { useSyncStatusStore } from '@/sync/sync-status-store';
import { useOnlineStatus } from '@/sync/use-online-status';
import { clockIsOff, isOffline, syncHeadline } from './sync-headline';
import { panelPlace, type PanelPlace } from './panel-place';
import { SyncPanel } from './sync-panel';
import { LiveSyncProgress, showsProgress } from './sync-progress';
import { useSyncTriggers } from './use-sync-triggers';
import './sync.css';

/** The app loads the logout warning with the status, in one chunk. */
export { default as LogoutSyncWarning } from './logout-sync-warning';

/**
 * The sync in the header: where it stands in one line, how much waits (or
 * how far a large sync has come) in a second, and a panel with the details.
 * It also starts the sync triggers: the app loads it lazily, so the sync
 * engine stays out of the first screen's JavaScript. Nothing here blocks
 * editing.
 */
export default function SyncStatus() {
  useSyncTriggers();
  const { t } = useTranslation('sync');
  const panelId = useId();
  const [place, setPlace] = useState<PanelPlace>();
  const open = place !== undefined;
  const pill = useRef<HTMLButtonElement>(null);
  // Derived values, not the raw progress and clock offset: every sync round updates those,
  // and the header need not render again (while the sync waits) unless what it shows changes.
  const large = useSyncStatusStore((s) => s.running && showsProgress(s.progress));
  const runningLong = useSyncStatusStore((s) => s.runningLong);
  const clockOff = useSyncStatusStore((s) => clockIsOff(s.clockOffsetMs));
  const failure = useSyncStatusStore((s) => s.failure);
  const retryAt = useSyncStatusStore((s) => s.retryAt);
  const online = useOnlineStatus();
  const overview = useSyncOverview();
  const showRunning = runningLong || large;
  if (!overview) return null;
  const headline = syncHeadline(t, { showRunning, failure, retryAt, clockOff, online }, overview);

  return (
    <div className="sync-status" data-testid="sync-status">
      <button
        ref={pill}
        type="button"
        className={`sync-pill sync-pill-${headline.tone}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setPlace(open ? undefined : panelPlace(pill.current!))}
      >
        <span className="sync-pill-title">{headline.text}</span>
        {/* Always a second line, so that the pill keeps its height whatever it says. */}
        {large ? (
          <LiveSyncProgress />
        ) : overview.pending > 0 ? (
          <span className="sync-pill-pending">
            {t('status.pending', { count: overview.pending })}
          </span>
        ) : (
          <span className="sync-pill-detail">
            {t(isOffline({ online, failure }) ? 'status.keptOnDevice' : 'status.nothingPending')}
          </span>
        )}
      </button>
      {open && (
        <SyncPanel
          id={panelId}
          place={place}
          overview={overview}
          onClose={() => {
            setPlace(undefined);
            pill.current?.focus();
          }}
        />
      )}
    </div>
  );
}
