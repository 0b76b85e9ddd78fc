import { useTranslation } from 'react-i18next';
import type { StepFields } from '@/core/index';
import { formatDate } from '@/components/format-date';
import { isOverdue } from './is-overdue';

/** What a step says, read-only: who does what by when, and whether it is done or overdue. */
export function StepDetails({
  step,
  partnerName,
  markOverdue = true,
}: {
  step: StepFields;
  partnerName?: string;
  /** False in a frozen plan version, where "overdue" would describe today, not that version. */
  markOverdue?: boolean;
}) {
  const { t } = useTranslation('plans');
  const responsible = t(`responsibles.${step.responsible}`);
  return (
    <div className="step-details">
      <p className={step.doneOn ? 'step-text step-done' : 'step-text'}>{step.text}</p>
      <p className="step-meta muted">
        <span>{partnerName ? `${responsible}: ${partnerName}` : responsible}</span>
        {step.dueDate && <span>{t('steps.due', { date: formatDate(step.dueDate) })}</span>}
        {step.doneOn && (
          <span className="badge badge-success">
            {t('steps.doneOn', { date: formatDate(step.doneOn) })}
          </span>
        )}
        {markOverdue && isOverdue(step) && (
          <span className="badge badge-warning">{t('steps.overdue')}</span>
        )}
      </p>
    </div>
  );
}
