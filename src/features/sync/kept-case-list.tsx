import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseLabel } from '@/db/queries/use-sync-overview';
import { caseName } from './case-name';

/** Cases taken from this person that stay on the device until their changes are sent. */
export function KeptCaseList({ cases, onOpen }: { cases: CaseLabel[]; onOpen: () => void }) {
  const { t } = useTranslation('sync');
  const id = useId();
  return (
    <section className="sync-section" aria-labelledby={id}>
      <h3 id={id}>{t('kept.heading')}</h3>
      <p>{t('kept.intro')}</p>
      <ul className="list">
        {cases.map((label) => (
          <li key={label.caseId} className="list-item">
            <Link href={`/cases/${label.caseId}`} onClick={onOpen}>
              {caseName(t, label)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
