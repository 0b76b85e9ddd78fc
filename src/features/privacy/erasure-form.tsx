import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '@/sync/api-client';
import { checkErasure, type ErasureCheck } from './check-erasure';
import { eraseClient } from './erase-client';
import { PlainField } from '@/components/form/plain-field';
import { privacyFailureText } from './privacy-failure-text';

interface ErasureFormProps {
  clientId: string;
  /** The client's last name as stored on this device, which the person must type again. */
  lastName: string;
  online: boolean;
  onErased: (records: number) => void;
  onCancel: () => void;
}

type Refusal = Extract<ErasureCheck, { ok: false }>;

/**
 * Asks once more before an erasure, which cannot be undone: says what it
 * means, asks for the request's reference and for the client's last name.
 * Focus moves to it so that a screen reader reads the consequences first.
 */
export function ErasureForm({ clientId, lastName, online, onErased, onCancel }: ErasureFormProps) {
  const { t } = useTranslation(['privacy', 'validation']);
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  const [reference, setReference] = useState('');
  const [typedName, setTypedName] = useState('');
  const [refusal, setRefusal] = useState<Refusal>();
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  useEffect(() => panel.current?.focus(), []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkErasure({ reference, lastName: typedName }, lastName);
    setRefusal(checked.ok ? undefined : checked);
    setFailure(undefined);
    if (!checked.ok) return;
    setBusy(true);
    const answer = await eraseClient(clientId, checked.request);
    setBusy(false);
    if (answer.ok) onErased(answer.data.erased);
    else setFailure(answer.failure);
  }

  const referenceIssue = refusal?.reference;
  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      className="privacy-confirm"
    >
      <p id={`${id}-title`} className="privacy-confirm-title">
        {t('erasure.title')}
      </p>
      <p id={`${id}-body`}>{t('erasure.body')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <PlainField
          label={t('erasure.reference')}
          hint={t('erasure.referenceHint')}
          autoComplete="off"
          value={reference}
          onChange={(e) => setReference(e.target.value)}
          error={
            referenceIssue && t(`validation:${referenceIssue.key}`, referenceIssue.params ?? {})
          }
        />
        <PlainField
          label={t('erasure.lastName')}
          hint={t('erasure.lastNameHint', { lastName })}
          autoComplete="off"
          value={typedName}
          onChange={(e) => setTypedName(e.target.value)}
          error={refusal?.lastName && t(`erasure.lastNameProblem.${refusal.lastName}`)}
        />
        {failure && (
          <p role="alert" className="alert alert-error">
            {privacyFailureText(t, failure)}
          </p>
        )}
        <div className="form-actions">
          <button
            type="submit"
            className="button-danger"
            disabled={busy || !online}
            aria-busy={busy}
          >
            {busy ? t('erasure.busy') : t('erasure.confirm')}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
