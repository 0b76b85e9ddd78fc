import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_FILTERS, useCaseloadFilterStore, type StatusFilter } from './caseload-filter-store';

const LifeAreaSelect = lazy(() => import('./life-area-select'));

/** Search by name or case number, and filters by status, life area and overdue items. */
export function CaseloadFilters() {
  const { t } = useTranslation('caseload');
  const { query, status, lifeAreaKey, overdueOnly, setFilters } = useCaseloadFilterStore();
  return (
    <div className="caseload-filters" role="search">
      <div className="field caseload-search">
        <label htmlFor="caseload-search">{t('filters.search')}</label>
        <input
          id="caseload-search"
          type="search"
          autoComplete="off"
          data-testid="caseload-search"
          value={query}
          onChange={(event) => setFilters({ query: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="caseload-status">{t('filters.status')}</label>
        <select
          id="caseload-status"
          value={status}
          onChange={(event) => setFilters({ status: event.target.value as StatusFilter })}
        >
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`filters.statusOptions.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="caseload-life-area">{t('filters.lifeArea')}</label>
        <Suspense
          fallback={
            <select id="caseload-life-area" disabled>
              <option>{t('filters.allLifeAreas')}</option>
            </select>
          }
        >
          <LifeAreaSelect
            value={lifeAreaKey}
            onChange={(key) => setFilters({ lifeAreaKey: key })}
          />
        </Suspense>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={overdueOnly}
          onChange={(event) => setFilters({ overdueOnly: event.target.checked })}
        />
        {t('filters.overdueOnly')}
      </label>
    </div>
  );
}
