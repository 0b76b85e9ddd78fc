import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES, type GoalFields } from '@/core/index';
import { updateRecord } from '@/db/records/write-records';
import { useEnumOptions } from './use-enum-options';

/** Changes a goal's status in one tap, without opening the goal's form. */
export function GoalStatusSelect({
  goalId,
  status,
}: {
  goalId: string;
  status: GoalFields['status'];
}) {
  const { t } = useTranslation('plans');
  const id = useId();
  const options = useEnumOptions('statuses', GOAL_STATUSES);
  return (
    <div className="field goal-status-select">
      <label htmlFor={id}>{t('goal.quickStatus')}</label>
      <select
        id={id}
        value={status}
        onChange={(e) =>
          void updateRecord('goals', goalId, { status: e.target.value as GoalFields['status'] })
        }
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
