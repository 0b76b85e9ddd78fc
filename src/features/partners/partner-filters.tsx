import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_TYPES, type PartnerFields } from '@/core/index';

export type PartnerTypeFilter = PartnerFields['type'] | '';

interface PartnerFiltersProps {
  query: string;
  type: PartnerTypeFilter;
  onQueryChange: (query: string) => void;
  onTypeChange: (type: PartnerTypeFilter) => void;
}

/** Search by name and filter by kind of partner. */
export function PartnerFilters({ query, type, onQueryChange, onTypeChange }: PartnerFiltersProps) {
  const { t } = useTranslation('partners');
  const searchId = useId();
  const typeId = useId();
  return (
    <div className="form-grid" role="search">
      <div className="field">
        <label htmlFor={searchId}>{t('search.label')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={typeId}>{t('search.type')}</label>
        <select
          id={typeId}
          value={type}
          onChange={(event) => onTypeChange(event.target.value as PartnerTypeFilter)}
        >
          <option value="">{t('search.allTypes')}</option>
          {PARTNER_TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`types.${value}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
