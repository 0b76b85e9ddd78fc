import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCaseloadFilterStore } from './caseload-filter-store';
import { CaseloadFilters } from './caseload-filters';
import { CaseloadList } from './caseload-list';
import { DueTodaySection } from './due-today-section';
import { OverdueSection } from './overdue-section';
import { RecentCasesSection } from './recent-cases-section';
import { useCaseload } from './use-caseload';
import { useCaseloadRows } from './use-caseload-rows';
import './caseload.css';

/** The home screen: what is due, what was opened last, and the whole caseload to search and filter. */
export default function CaseloadPage() {
  const { t } = useTranslation('caseload');
  const filters = useCaseloadFilterStore();
  const caseload = useCaseload(filters.status);
  const { rows, complete } = useCaseloadRows(caseload, filters);
  const total = caseload.entries?.length;
  const { query, status, lifeAreaKey, overdueOnly } = filters;

  return (
    <div className="page">
      <div className="caseload-title">
        <h1>{t('title')}</h1>
        <Link href="/clients/new" className="button-link">
          {t('newClient')}
        </Link>
      </div>
      <div className="caseload-sections">
        <DueTodaySection deadlines={caseload.deadlines} entriesById={caseload.entriesById} />
        <OverdueSection deadlines={caseload.deadlines} entriesById={caseload.entriesById} />
        <RecentCasesSection entriesById={caseload.entriesById} />
      </div>
      <section className="caseload-all" aria-labelledby="caseload-all-heading">
        <h2 id="caseload-all-heading">{t('list.heading')}</h2>
        <CaseloadFilters />
        {total === 0 ? (
          <p className="empty-state">{t('empty')}</p>
        ) : (
          <>
            <p className="muted" aria-live="polite" aria-busy={!complete}>
              {complete ? t('shown', { count: rows!.length, total }) : t('loading')}
            </p>
            {rows && (
              <CaseloadList
                rows={rows}
                nextFollowUp={caseload.deadlines?.nextFollowUp}
                overdueCaseIds={caseload.overdueCaseIds}
                resetKey={`${query}|${status}|${lifeAreaKey}|${overdueOnly}`}
              />
            )}
          </>
        )}
      </section>
    </div>
  );
}
