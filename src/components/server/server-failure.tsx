import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '@/sync/api-client';
import { actionFailureText, loadFailureText } from './failure-text';

/** A view that could not be read: says why and offers to try again (never a blank page). */
export function LoadFailure({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  const forbidden = failure.kind === 'error' && failure.status === 403;
  return (
    <div className="alert alert-error server-failure" role="alert">
      <p>{loadFailureText(t, failure)}</p>
      {!forbidden && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('server.retry')}
        </button>
      )}
    </div>
  );
}

/** A change the server did not make, shown beside the button that asked for it. */
export function ActionFailure({ failure }: { failure: ApiFailure | undefined }) {
  const { t } = useTranslation();
  if (!failure) return null;
  return (
    <p className="alert alert-error" role="alert">
      {actionFailureText(t, failure)}
    </p>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status" aria-busy="true">
      {t('server.loading')}
    </p>
  );
}
