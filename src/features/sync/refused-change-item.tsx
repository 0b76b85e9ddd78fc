import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { discardRefused } from '@/db/sync/outbox-batch';
import type { RefusedChange } from '@/db/queries/use-sync-overview';
import { requestSync } from '@/sync/sync-scheduler';
import { caseName } from './case-name';
import { fieldLabel, LABEL_NAMESPACES } from './field-label';
import { formatMoment } from './format-moment';
import { ConfirmPanel } from '@/components/confirm-panel';
import { recordLabel } from './record-label';

/**
 * One refused record: which one, why, and the way to give its changes up for
 * good; the record then takes the server's values back, with a sync started
 * at once when online. In a case kept only for its unsent changes, the
 * confirmation says that the case leaves the device with the last of them.
 */
export function RefusedChangeItem({
  change,
  inKeptCase = false,
}: {
  change: RefusedChange;
  inKeptCase?: boolean;
}) {
  const { t } = useTranslation(LABEL_NAMESPACES);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const record = recordLabel(t, change.table, change.record);
  const fields = change.fields.map((field) => fieldLabel(t, change.table, field)).join(', ');

  async function discard() {
    setBusy(true);
    try {
      await discardRefused(change.seqs);
      if (navigator.onLine) void requestSync();
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="list-item refused-item" aria-label={record}>
      <p>
        <strong>{record}</strong>
        {!change.record && <span className="muted"> ({t('sync:refused.recordGone')})</span>}
      </p>
      <p className="muted">
        {change.caseLabel
          ? t('sync:refused.inCase', { name: caseName(t, change.caseLabel) })
          : t('sync:refused.orgWide')}
      </p>
      <p>{t([`sync:refused.codes.${change.code}`, 'sync:refused.codes.other'])}</p>
      <p className="muted">
        {t('sync:refused.fields', { fields })} ·{' '}
        {t('sync:refused.refusedAt', { date: formatMoment(change.at) })}
      </p>
      {asking ? (
        <ConfirmPanel
          danger
          title={t('sync:refused.discardTitle')}
          confirmLabel={t('sync:refused.discardConfirm')}
          busy={busy}
          onConfirm={() => void discard()}
          onCancel={() => setAsking(false)}
        >
          <p>{t('sync:refused.discardBody', { record })}</p>
          {inKeptCase && <p>{t('sync:refused.discardLeavesCase')}</p>}
        </ConfirmPanel>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
          {t('sync:refused.discard')}
        </button>
      )}
    </li>
  );
}
