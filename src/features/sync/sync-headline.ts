import type { TFunction } from 'i18next';
import type { SyncOverview } from '@/db/queries/use-sync-overview';
import type { SyncFailure } from '@/sync/sync-status-store';
import { format } from 'date-fns';
import { formatClockTime, isToday } from './format-moment';
import { syncFailureText, type FailureText } from './sync-failure-text';

/** A device clock further off than this makes merges unreliable, and pushes may be refused. */
export const CLOCK_WARNING_MS = 5 * 60_000;

export interface Headline {
  text: string;
  tone: FailureText['tone'] | 'ok' | 'busy';
}

export interface HeadlineState {
  /** Running long enough to be worth showing. */
  showRunning: boolean;
  failure: SyncFailure | null;
  retryAt: number | null;
  /** The device's clock is further off the server's than CLOCK_WARNING_MS. */
  clockOff: boolean;
  /** Whether the browser believes it has a network. */
  online: boolean;
}

/** Offline is expected in the field: it is said calmly, and the header keeps the last sync's time. */
export function isOffline(state: Pick<HeadlineState, 'failure' | 'online'>): boolean {
  return !state.online || state.failure?.kind === 'offline';
}

export function clockIsOff(clockOffsetMs: number): boolean {
  return Math.abs(clockOffsetMs) > CLOCK_WARNING_MS;
}

/**
 * `Synchronisiert um 10:42`, with the date when it was not today, or `Noch
 * nie synchronisiert`; `Zuletzt synchronisiert …` while it cannot sync.
 */
export function syncedText(
  t: TFunction,
  lastSyncedAt: string | null,
  { last = false, now = new Date() } = {},
): string {
  if (!lastSyncedAt) return t('sync:status.never');
  const time = formatClockTime(lastSyncedAt);
  const prefix = last ? 'sync:status.lastSynced' : 'sync:status.synced';
  return isToday(lastSyncedAt, now)
    ? t(`${prefix}At`, { time })
    : t(`${prefix}On`, { date: format(new Date(lastSyncedAt), 'dd.MM.yyyy'), time });
}

/**
 * The one line the header shows, the most pressing first: a sync under way,
 * why the last one failed, refused changes (which outlive the run that met
 * them, so they are counted from the outbox), being offline, a wrong clock,
 * then when the device last synced.
 */
export function syncHeadline(
  t: TFunction,
  state: HeadlineState,
  overview: Pick<SyncOverview, 'lastSyncedAt' | 'refused'>,
): Headline {
  if (state.showRunning) return { text: t('sync:status.running'), tone: 'busy' };
  if (state.failure && state.failure.kind !== 'refused' && !isOffline(state)) {
    const failure = syncFailureText(t, state.failure, state.retryAt);
    return { text: failure.title, tone: failure.tone };
  }
  if (overview.refused.length)
    return {
      text: t('sync:failure.refused.title', { count: overview.refused.length }),
      tone: 'error',
    };
  if (isOffline(state))
    return { text: syncedText(t, overview.lastSyncedAt, { last: true }), tone: 'offline' };
  if (state.clockOff) return { text: t('sync:clock.title'), tone: 'warning' };
  return { text: syncedText(t, overview.lastSyncedAt), tone: 'ok' };
}
