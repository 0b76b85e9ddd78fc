import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '@/sync/api-client';

function failureText(t: (key: string) => string, failure: ApiFailure): string {
  if (failure.kind === 'offline') return t('failure.offline');
  if (failure.kind === 'invalidResponse') return t('failure.invalidResponse');
  if (failure.status === 403) return t('failure.forbidden');
  return t(`errors:${failure.code}`);
}

/** The team could not be read: says why, and offers to try again unless the role forbids it. */
export function TeamFailure({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation('team');
  const forbidden = failure.kind === 'error' && failure.status === 403;
  return (
    <div className="alert alert-error team-failure" role="alert">
      <p>{failureText(t, failure)}</p>
      {!forbidden && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
