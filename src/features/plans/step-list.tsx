import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '@/db/records/row';
import { StepForm } from './step-form';
import { StepItem } from './step-item';
import { useDraftOpen } from './use-draft-open';

interface StepListProps {
  goal: Row<'goals'>;
  steps: Row<'steps'>[];
  partnerNames: Map<string, string>;
}

/** A goal's steps, and the form to add one. */
export function StepList({ goal, steps, partnerNames }: StepListProps) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  const [adding, setAdding] = useDraftOpen(`step-new:${goal.id}`);
  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('steps.heading')}</h5>
      {steps.length === 0 ? (
        <p className="muted">{t('steps.empty')}</p>
      ) : (
        <ul className="list">
          {steps.map((step) => (
            <StepItem
              key={step.id}
              step={step}
              partnerName={step.partnerId ? partnerNames.get(step.partnerId) : undefined}
            />
          ))}
        </ul>
      )}
      {adding ? (
        <StepForm goal={goal} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
          {t('steps.add')}
        </button>
      )}
    </section>
  );
}
