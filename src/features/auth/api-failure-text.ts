import type { TFunction } from 'i18next';
import type { ApiFailure } from '@/sync/api-client';

/** What a failed call to the server means for the person, in their language. */
export function apiFailureText(t: TFunction, failure: ApiFailure): string {
  if (failure.kind === 'offline') return t('auth:login.offline');
  if (failure.kind === 'error') return t(`errors:${failure.code}`);
  return t('auth:login.serverProblem');
}
