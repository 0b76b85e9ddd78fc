import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '@/db/records/row';
import { GoalDetails } from './goal-details';
import { GoalForm } from './goal-form';
import { GoalStatusSelect } from './goal-status-select';
import { StepList } from './step-list';
import { useDraftOpen } from './use-draft-open';

interface GoalItemProps {
  goal: Row<'goals'>;
  steps: Row<'steps'>[];
  partnerNames: Map<string, string>;
}

/** One goal of the live plan: what it says (or its form, while editing), its status and its steps. */
export function GoalItem({ goal, steps, partnerNames }: GoalItemProps) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  const [editing, setEditing] = useDraftOpen(`goal-edit:${goal.id}`);
  return (
    <li>
      <article className="list-item goal" aria-labelledby={headingId}>
        {editing ? (
          <>
            <span id={headingId} className="visually-hidden">
              {goal.text}
            </span>
            <GoalForm goal={goal} onDone={() => setEditing(false)} />
          </>
        ) : (
          <>
            <GoalDetails goal={goal} headingId={headingId} />
            <div className="goal-actions">
              <GoalStatusSelect goalId={goal.id} status={goal.status} />
              <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
                {t('goals.edit')}
              </button>
            </div>
          </>
        )}
        <StepList goal={goal} steps={steps} partnerNames={partnerNames} />
      </article>
    </li>
  );
}
