import { useTranslation } from 'react-i18next';
import { textDirection, type GoalFields } from '@/core/index';
import { formatDate } from '@/components/format-date';

const STATUS_BADGE: Record<GoalFields['status'], string> = {
  open: 'badge',
  inProgress: 'badge badge-warning',
  achieved: 'badge badge-success',
  dropped: 'badge badge-muted',
};

/** What a goal says, read-only: used in the live plan and in frozen plan versions. */
export function GoalDetails({ goal, headingId }: { goal: GoalFields; headingId?: string }) {
  const { t } = useTranslation('plans');
  return (
    <div className="goal-details">
      <h4 id={headingId} className="goal-text">
        {goal.text}
      </h4>
      {goal.clientText && (
        <p
          className="goal-client-text"
          lang={goal.clientLanguage}
          dir={goal.clientLanguage ? textDirection(goal.clientLanguage) : undefined}
        >
          {goal.clientText}
        </p>
      )}
      <p className="goal-meta">
        <span className={STATUS_BADGE[goal.status]}>{t(`statuses.${goal.status}`)}</span>
        <span>
          {goal.targetDate
            ? t('goal.targetOn', { date: formatDate(goal.targetDate) })
            : t('goal.noTarget')}
        </span>
        <span>{t('goal.priorityIs', { priority: t(`priorities.${goal.priority}`) })}</span>
      </p>
      {goal.barriers.length > 0 && (
        <div className="barriers">
          <span className="muted">{t('goal.barriers')}:</span>
          <ul className="barrier-list" aria-label={t('goal.barriers')}>
            {goal.barriers.map((key) => (
              <li key={key} className="badge badge-barrier">
                {t(`barriers.${key}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
