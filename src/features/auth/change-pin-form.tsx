import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceAccount } from '@/db/device/device-database';
import { PlainField } from '@/components/form/plain-field';
import {
  changeAccountPin,
  checkPinChange,
  type ChangePinOutcome,
  type PinChangeProblem,
} from './change-pin';
import { MAX_PIN_ATTEMPTS, WARN_FROM_ATTEMPTS } from './pin-attempts';

type Refusal = Exclude<ChangePinOutcome, { ok: true } | { reason: 'wiped' | 'rejected' }>;

interface ChangePinFormProps {
  account: DeviceAccount;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Current PIN, new PIN, new PIN again. The new one must pass the setup's rules;
 * a wrong current PIN counts like one on the unlock screen, with its warning.
 */
export function ChangePinForm({ account, onDone, onCancel }: ChangePinFormProps) {
  const { t } = useTranslation('auth');
  const titleId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [problem, setProblem] = useState<PinChangeProblem>();
  const [refusal, setRefusal] = useState<Refusal>();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkPinChange(current, next, repeated);
    setProblem(found);
    setRefusal(undefined);
    setFailed(false);
    if (found) return;
    setBusy(true);
    const outcome = await changeAccountPin(account.userId, current, next).catch(() => undefined);
    // Too many wrong PINs: the data is gone and the login screen shows instead of this one.
    if (outcome && !outcome.ok && outcome.reason === 'wiped') return;
    setBusy(false);
    setCurrent('');
    if (outcome?.ok) return onDone();
    if (!outcome) setFailed(true);
    else if (outcome.reason === 'rejected') setProblem(outcome.problem);
    else setRefusal(outcome);
  }

  const refusalText =
    refusal?.reason === 'wrongPin'
      ? t('changePin.wrongPin', { count: MAX_PIN_ATTEMPTS - refusal.failedAttempts })
      : refusal &&
        t(
          refusal.reason === 'changedElsewhere'
            ? 'changePin.changedElsewhere'
            : `unlock.${refusal.reason}`,
        );
  const nextProblem =
    problem === 'tooShort' || problem === 'tooSimple'
      ? t(`pinSetup.problem.${problem}`)
      : problem === 'unchanged'
        ? t('changePin.problem.unchanged')
        : undefined;

  return (
    <form
      className="form card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>{t('changePin.title')}</h3>
      <p>{t('changePin.intro')}</p>
      <PlainField
        label={t('changePin.current')}
        type="password"
        autoComplete="current-password"
        autoFocus
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={problem === 'currentMissing' ? t('changePin.problem.currentMissing') : undefined}
      />
      <PlainField
        label={t('changePin.next')}
        hint={t('pinSetup.pinHint')}
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={nextProblem}
      />
      <PlainField
        label={t('changePin.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeated}
        onChange={(e) => setRepeated(e.target.value)}
        error={problem === 'mismatch' ? t('pinSetup.problem.mismatch') : undefined}
      />
      {refusalText && (
        <p role="alert" className="alert alert-error">
          {refusalText}
        </p>
      )}
      {failed && (
        <p role="alert" className="alert alert-error">
          {t('changePin.failed')}
        </p>
      )}
      {account.failedAttempts >= WARN_FROM_ATTEMPTS && !busy && (
        <p role="alert" className="alert alert-warning">
          {t('unlock.warning')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {busy ? t('changePin.busy') : t('changePin.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
