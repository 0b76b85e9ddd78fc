import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseFile } from '@/db/queries/use-case-file';
import { GoalSection } from './goal-section';
import { PlanVersionList } from './plan-version-list';
import { PlanVersionView } from './plan-version-view';
import { ReviewSection } from './review-section';
import { usePlanContents } from './use-plan-contents';
import './plans.css';

/**
 * A case's integration plan: goals by life area with their steps, the
 * reviews, and the frozen versions; opening a version shows it instead of
 * the live plan, so the two are never confused.
 */
export function PlanView({ caseId }: { caseId: string }) {
  const { t } = useTranslation('plans');
  const contents = usePlanContents(caseId);
  const found = useCaseFile(caseId);
  const [openVersionId, setOpenVersionId] = useState<string>();
  if (contents === undefined) return null;
  const { plan, goals, steps, reviews, versions } = contents;
  if (plan === null) return <p className="empty-state">{t('noPlan')}</p>;

  const openVersion = versions.find((v) => v.id === openVersionId);
  if (openVersion)
    return <PlanVersionView version={openVersion} onClose={() => setOpenVersionId(undefined)} />;

  return (
    <div className="page plan-view">
      <GoalSection
        plan={plan}
        goals={goals}
        steps={steps}
        clientLanguage={found?.client?.preferredLanguage}
      />
      <ReviewSection plan={plan} reviews={reviews} />
      <PlanVersionList versions={versions} onOpen={setOpenVersionId} />
    </div>
  );
}
