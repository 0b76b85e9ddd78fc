import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePartners } from '@/db/queries/use-partners';
import { filterPartners } from './filter-partners';
import { NewPartnerSection } from './new-partner-section';
import { PartnerFilters, type PartnerTypeFilter } from './partner-filters';
import { PartnerItem } from './partner-item';
import './partners.css';

/** The offline partner directory (Kooperationspartner) of the organisation. */
export default function PartnersPage() {
  const { t } = useTranslation('partners');
  const partners = usePartners();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<PartnerTypeFilter>('');
  const shown = partners ? filterPartners(partners, query, type) : [];

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <NewPartnerSection />
      {partners?.length === 0 && <p className="empty-state">{t('empty')}</p>}
      {partners && partners.length > 0 && (
        <section aria-labelledby="partner-list-heading" className="page">
          <h2 id="partner-list-heading" className="visually-hidden">
            {t('title')}
          </h2>
          <PartnerFilters
            query={query}
            type={type}
            onQueryChange={setQuery}
            onTypeChange={setType}
          />
          <p role="status" className="muted">
            {t('search.count', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty-state">{t('search.noMatch')}</p>
          ) : (
            <ul className="list">
              {shown.map((partner) => (
                <PartnerItem key={partner.id} partner={partner} />
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
