import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupOfferForm } from './group-offer-form';
import { GroupOfferList } from './group-offer-list';
import { useOpenCases } from './use-open-cases';
import './groups.css';

/** Group offers (Gruppenangebote): record a session with several clients, and see past ones. */
export default function GroupOffersPage() {
  const { t } = useTranslation('groups');
  const cases = useOpenCases();
  // A new key after each save gives a fresh, empty form.
  const [saved, setSaved] = useState({ round: 0, attendees: 0 });
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <section aria-labelledby="group-offer-form-heading" className="card groups-form-card">
        <h2 id="group-offer-form-heading">{t('form.heading')}</h2>
        {saved.round > 0 && (
          <p role="status" className="alert alert-info">
            {t('form.saved', { count: saved.attendees })}
          </p>
        )}
        {cases && (
          <GroupOfferForm
            key={saved.round}
            cases={cases}
            onSaved={(attendees) => setSaved(({ round }) => ({ round: round + 1, attendees }))}
          />
        )}
      </section>
      <GroupOfferList />
    </div>
  );
}
