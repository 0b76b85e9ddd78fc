import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { labelText } from '@/components/label-text';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import { usePartners } from '@/db/queries/use-partners';
import type { Row } from '@/db/records/row';
import { GoalForm } from './goal-form';
import { GoalItem } from './goal-item';
import { groupGoalsByArea, type AreaGroup } from './group-goals-by-area';
import { useDraftOpen } from './use-draft-open';

/** The plan's goals grouped by life area, each with its steps, and the form to add a goal. */
export function GoalSection({
  plan,
  goals,
  steps,
  clientLanguage,
}: {
  plan: Row<'plans'>;
  goals: Row<'goals'>[];
  steps: Map<string, Row<'steps'>[]>;
  clientLanguage?: string;
}) {
  const { t, i18n } = useTranslation('plans');
  const headingId = useId();
  const areas = useLifeAreas();
  const partnerNames = new Map((usePartners() ?? []).map((p) => [p.id, p.name]));
  const [adding, setAdding] = useDraftOpen(`goal-new:${plan.id}`);
  const areaName = (group: AreaGroup<unknown>) =>
    group.label ? labelText(group.label, i18n.language) : group.key;
  const groups = groupGoalsByArea(goals, areas);

  return (
    <section className="card goal-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('goals.heading')}</h2>
      {groups.length === 0 && <p className="muted">{t('goals.empty')}</p>}
      {groups.map((group) => (
        <section key={group.key} className="area-group" aria-label={areaName(group)}>
          <h3>{areaName(group)}</h3>
          <ul className="list">
            {group.goals.map((goal) => (
              <GoalItem
                key={goal.id}
                goal={goal}
                steps={steps.get(goal.id) ?? []}
                partnerNames={partnerNames}
              />
            ))}
          </ul>
        </section>
      ))}
      {adding ? (
        <GoalForm plan={plan} clientLanguage={clientLanguage} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('goals.add')}
        </button>
      )}
    </section>
  );
}
