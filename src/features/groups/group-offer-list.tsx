import { useTranslation } from 'react-i18next';
import { labelText } from '@/components/label-text';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import { formatDate } from '@/components/format-date';
import { useGroupOffers } from './use-group-offers';

/** The group offers recorded so far, newest first. */
export function GroupOfferList() {
  const { t, i18n } = useTranslation('groups');
  const offers = useGroupOffers();
  const lifeAreas = useLifeAreas();
  const areaName = (key: string) => {
    const area = lifeAreas.find((a) => a.key === key);
    return area ? labelText(area.label, i18n.language) : key;
  };
  return (
    <section aria-labelledby="group-offer-list-heading" className="group-offer-list">
      <h2 id="group-offer-list-heading">{t('list.heading')}</h2>
      {offers?.length === 0 && <p className="empty-state">{t('list.empty')}</p>}
      {offers && offers.length > 0 && (
        <ul className="list">
          {offers.map((offer) => (
            <li key={offer.id} className="list-item group-offer-item">
              <p>
                <strong>{offer.title}</strong>
              </p>
              <p>
                {formatDate(offer.date)} · {t('list.duration', { count: offer.durationMinutes })} ·{' '}
                {t('list.attendees', { count: offer.attendeeCaseIds.length })}
              </p>
              {offer.lifeAreaKeys.length > 0 && (
                <p className="muted">{offer.lifeAreaKeys.map(areaName).join(', ')}</p>
              )}
              {offer.note && <p className="group-offer-note">{offer.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
