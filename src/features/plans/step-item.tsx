import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today, type RecordIssue } from '@/core/index';
import { updateRecord } from '@/db/records/write-records';
import type { Row } from '@/db/records/row';
import { isOverdue } from './is-overdue';
import { StepDetails } from './step-details';

/** A live step with its "done" switch: done sets today's date, undo clears it. */
export function StepItem({ step, partnerName }: { step: Row<'steps'>; partnerName?: string }) {
  const { t } = useTranslation(['plans', 'validation']);
  const [refusal, setRefusal] = useState<RecordIssue>();

  async function setDoneOn(doneOn: string | undefined) {
    const result = await updateRecord('steps', step.id, { doneOn });
    setRefusal(result.ok ? undefined : result.issues[0]);
  }

  return (
    <li className={isOverdue(step) ? 'list-item step step-overdue' : 'list-item step'}>
      <StepDetails step={step} partnerName={partnerName} />
      {step.doneOn ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => void setDoneOn(undefined)}
        >
          {t('steps.undo')}
        </button>
      ) : (
        <button type="button" onClick={() => void setDoneOn(today())}>
          {t('steps.markDone')}
        </button>
      )}
      {refusal && (
        <p role="alert" className="field-error">
          {t(`validation:${refusal.key}`, refusal.params)}
        </p>
      )}
    </li>
  );
}
