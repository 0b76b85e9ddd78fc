import type { TFunction } from 'i18next';
import type { ApiFailure } from '@/sync/api-client';

/** Why reading a view failed, in the reader's language. */
export function loadFailureText(t: TFunction, failure: ApiFailure): string {
  if (failure.kind === 'offline') return t('common:server.failure.offline');
  if (failure.kind === 'timeout') return t('common:server.failure.timeout');
  if (failure.kind === 'invalidResponse') return t('common:server.failure.invalidResponse');
  if (failure.status === 403) return t('common:server.failure.forbidden');
  return t(`errors:${failure.code}`);
}

/** Why a change was not made; the server's error codes map to `errors:<code>`. */
export function actionFailureText(t: TFunction, failure: ApiFailure): string {
  if (failure.kind === 'offline') return t('common:server.failure.offlineAction');
  if (failure.kind === 'timeout') return t('common:server.failure.timeout');
  if (failure.kind === 'invalidResponse') return t('common:server.failure.invalidResponse');
  return t(`errors:${failure.code}`);
}
