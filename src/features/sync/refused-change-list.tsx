import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { retryRefused } from '@/db/sync/outbox-batch';
import type { RefusedChange } from '@/db/queries/use-sync-overview';
import { RefusedChangeItem } from './refused-change-item';
import { SyncResultText } from './sync-now-button';
import { useSyncAction } from './use-sync-action';

/**
 * The changes the server refused. Sending again releases all of them at
 * once (e.g. after the case was given back, or the clock was set right),
 * then syncs and reports what the server said this time.
 */
export function RefusedChangeList({
  refused,
  keptCaseIds,
}: {
  refused: RefusedChange[];
  /** Cases taken from this person, kept here for their unsent changes. */
  keptCaseIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation('sync');
  const id = useId();
  const { busy, result, run } = useSyncAction();
  return (
    <section className="sync-section" aria-labelledby={id}>
      <h3 id={id}>{t('refused.heading')}</h3>
      <p>{t('refused.intro')}</p>
      <ul className="list">
        {refused.map((change) => (
          <RefusedChangeItem
            key={change.seqs.join(',')}
            change={change}
            inKeptCase={keptCaseIds.has(change.caseLabel?.caseId ?? '')}
          />
        ))}
      </ul>
      <button type="button" onClick={() => void run(retryRefused)} disabled={busy} aria-busy={busy}>
        {busy ? t('refused.retrying') : t('refused.retry')}
      </button>
      <SyncResultText result={result} />
    </section>
  );
}
