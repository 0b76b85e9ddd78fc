import { useTranslation } from 'react-i18next';
import type { TeamMember } from '@/core/index';
import { caseloadRatio } from './caseload-ratio';

/** The team's caseload per manager (*Personalschlüssel*). */
export function CaseloadSummary({ members }: { members: TeamMember[] }) {
  const { t, i18n } = useTranslation('team');
  const { managers, cases, average } = caseloadRatio(members);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  return (
    <section aria-labelledby="team-ratio-heading" className="card">
      <h2 id="team-ratio-heading">{t('ratio.heading')}</h2>
      {average === undefined ? (
        <p>{t('ratio.noManagers')}</p>
      ) : (
        <>
          <p className="team-ratio" data-testid="team-ratio">
            {t('ratio.average', { average: number.format(average) })}
          </p>
          <p>{t('ratio.totals', { cases: number.format(cases), count: managers })}</p>
          <p className="muted">{t('ratio.explanation')}</p>
        </>
      )}
    </section>
  );
}
