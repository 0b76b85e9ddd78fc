import type { TFunction } from 'i18next';
import { actionFailureText } from '@/components/server/failure-text';
import type { ApiFailure } from '@/sync/api-client';

/** Why an export or an erasure did not happen, in the reader's language. */
export function privacyFailureText(t: TFunction, failure: ApiFailure): string {
  if (failure.kind === 'offline') return t('privacy:failure.offline');
  if (failure.kind === 'error' && failure.status === 403) return t('privacy:failure.forbidden');
  if (failure.kind === 'error' && failure.status === 404) return t('privacy:failure.notFound');
  return actionFailureText(t, failure);
}
