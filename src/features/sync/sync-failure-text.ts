import type { TFunction } from 'i18next';
import type { SyncFailure } from '@/sync/sync-status-store';
import { formatClockTime } from './format-moment';

export interface FailureText {
  /** A few words for the header. */
  title: string;
  /** What happened and what to do about it. */
  detail: string;
  /** How loud the header shows it: offline is expected, a refused login needs the person. */
  tone: 'offline' | 'warning' | 'error';
}

const SESSION_CODES = new Set(['unauthenticated', 'session_expired']);

function retryText(t: TFunction, retryAt: number | null): string {
  return retryAt
    ? t('sync:failure.retryAt', { time: formatClockTime(retryAt) })
    : t('sync:failure.retryLater');
}

/**
 * Why the last sync did not finish, and what the person can do: wait (offline,
 * a slow or failing server, which Lotse retries by itself), log in again, or
 * set the device's clock.
 */
export function syncFailureText(
  t: TFunction,
  failure: SyncFailure,
  retryAt: number | null,
): FailureText {
  switch (failure.kind) {
    case 'offline':
      return {
        tone: 'offline',
        title: t('sync:failure.offline.title'),
        detail: t('sync:failure.offline.detail'),
      };
    case 'timeout':
      return {
        tone: 'warning',
        title: t('sync:failure.timeout.title'),
        detail: `${t('sync:failure.timeout.detail')} ${retryText(t, retryAt)}`,
      };
    case 'invalidResponse':
      return {
        tone: 'warning',
        title: t('sync:failure.server.title'),
        detail: `${t('sync:failure.invalidResponse.detail')} ${retryText(t, retryAt)}`,
      };
    case 'refused':
      return {
        tone: 'error',
        title: t('sync:failure.refused.title', { count: failure.count }),
        detail: t('sync:failure.refused.detail', { count: failure.count }),
      };
    case 'error':
      if (failure.code === 'device_revoked')
        return {
          tone: 'error',
          title: t('sync:failure.revoked.title'),
          detail: t('errors:device_revoked'),
        };
      if (failure.status === 401 || SESSION_CODES.has(failure.code))
        return {
          tone: 'error',
          title: t('sync:failure.session.title'),
          detail: t('sync:failure.session.detail'),
        };
      if (failure.code === 'clock_ahead')
        return {
          tone: 'error',
          title: t('sync:failure.clock.title'),
          detail: t('sync:failure.clock.detail'),
        };
      if (failure.status === 403)
        return {
          tone: 'error',
          title: t('sync:failure.forbidden.title'),
          detail: `${t('errors:forbidden')} ${retryText(t, retryAt)}`,
        };
      return {
        tone: 'warning',
        title: t('sync:failure.server.title'),
        detail: `${t(`errors:${failure.code}`)} ${retryText(t, retryAt)}`,
      };
  }
}
