import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { labelText } from '@/components/label-text';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import { usePartners } from '@/db/queries/use-partners';
import type { Row } from '@/db/records/row';
import { formatDate } from '@/components/format-date';
import { frozenStepsByGoal } from './frozen-steps-by-goal';
import { GoalDetails } from './goal-details';
import { groupGoalsByArea } from './group-goals-by-area';
import { StepDetails } from './step-details';

/** A frozen plan version, read-only and marked as past, as agreed with the client back then. */
export function PlanVersionView({
  version,
  onClose,
}: {
  version: Row<'planVersions'>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('plans');
  const headingId = useId();
  const areas = useLifeAreas();
  const partnerNames = new Map((usePartners() ?? []).map((p) => [p.id, p.name]));
  const steps = frozenStepsByGoal(version.steps);
  const groups = groupGoalsByArea(version.goals, areas);
  const item = { number: version.number, date: formatDate(version.frozenOn) };

  return (
    <section className="card plan-version" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('versions.item', item)}</h2>
      <p className="alert alert-info" role="note">
        {t('versions.pastVersion', item)}
      </p>
      {groups.length === 0 && <p className="muted">{t('versions.noGoals')}</p>}
      {groups.map((group) => (
        <section key={group.key} className="area-group">
          <h3>{group.label ? labelText(group.label, i18n.language) : group.key}</h3>
          <ul className="list">
            {group.goals.map((goal) => (
              <li key={goal.id} className="list-item goal goal-frozen">
                <GoalDetails goal={goal} />
                <ul className="list">
                  {(steps.get(goal.id) ?? []).map((step) => (
                    <li key={step.id} className="list-item step">
                      <StepDetails
                        step={step}
                        markOverdue={false}
                        partnerName={step.partnerId ? partnerNames.get(step.partnerId) : undefined}
                      />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <button type="button" className="button-secondary" onClick={onClose}>
        {t('versions.close')}
      </button>
    </section>
  );
}
