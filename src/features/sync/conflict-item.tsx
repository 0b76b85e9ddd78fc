import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordIssue } from '@/core/index';
import { resolveConflict, type ConflictResolution } from '@/db/commands/resolve-conflict';
import type { CaseConflict } from '@/db/queries/use-case-conflicts';
import { useSessionStore } from '@/sync/session-store';
import { fieldLabel, LABEL_NAMESPACES } from './field-label';
import { fieldValueText } from './field-value-text';
import { stampMoment } from './format-moment';
import { recordLabel } from './record-label';

/** One value that lost a concurrent edit: what it was, who wrote it, who won, and the choice. */
export function ConflictItem({ item }: { item: CaseConflict }) {
  const { t } = useTranslation(LABEL_NAMESPACES);
  const userName = useSessionStore((s) => s.user?.displayName) ?? '';
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<RecordIssue[]>();
  const { conflict, record } = item;
  const field = fieldLabel(t, conflict.table, conflict.field);
  const value = (v: unknown) => fieldValueText(t, conflict.table, conflict.field, v);
  const current = record
    ? value(
        conflict.field === 'deleted' ? false : (record as Record<string, unknown>)[conflict.field],
      )
    : t('sync:conflicts.recordGone');
  const someone = t('sync:conflicts.someone');
  const heading = `${recordLabel(t, conflict.table, record)} · ${field}`;

  async function resolve(resolution: ConflictResolution) {
    setBusy(true);
    setIssues(undefined);
    try {
      const result = await resolveConflict(conflict.id, resolution, userName);
      if (!result.ok) setIssues(result.issues);
    } finally {
      setBusy(false);
    }
  }

  const reason = issues
    ?.map((issue) => {
      const text = t(`validation:${issue.key}`, issue.params);
      return issue.path ? `${fieldLabel(t, conflict.table, issue.path)}: ${text}` : text;
    })
    .join(' ');

  return (
    <li className="list-item conflict-item" aria-label={heading}>
      <p className="conflict-heading">{heading}</p>
      <dl className="conflict-values">
        <dt>{t('sync:conflicts.kept')}</dt>
        <dd>
          <span className="conflict-value">{value(conflict.value)}</span>{' '}
          <span className="muted">
            {t('sync:conflicts.writtenBy', {
              name: conflict.lostByName || someone,
              date: stampMoment(conflict.stamp) ?? '?',
            })}
          </span>
        </dd>
        <dt>{t('sync:conflicts.current')}</dt>
        <dd>{current}</dd>
      </dl>
      <p className="muted">
        {t('sync:conflicts.wonBy', {
          name: conflict.wonByName || someone,
          date: stampMoment(conflict.winnerStamp) ?? '?',
        })}
      </p>
      {reason && (
        <p className="field-error" role="alert">
          {t('sync:conflicts.notResolved', { reason })}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => void resolve('restored')} disabled={busy}>
          {t('sync:conflicts.restore')}
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void resolve('dismissed')}
          disabled={busy}
        >
          {t('sync:conflicts.dismiss')}
        </button>
      </div>
    </li>
  );
}
