import { useTranslation } from 'react-i18next';
import type { LifeAreaFields } from '@/core/index';
import { labelText } from '@/components/label-text';
import { formatDate } from '@/components/format-date';
import type { ContactEntry } from './use-case-contacts';

interface ContactListItemProps {
  entry: ContactEntry;
  lifeAreas: LifeAreaFields[];
}

/** One contact: when, how and how long; what it touched, what was noted and when to follow up. */
export function ContactListItem({
  entry: { contact, groupTitle },
  lifeAreas,
}: ContactListItemProps) {
  const { t, i18n } = useTranslation('contacts');
  const areaNames = contact.lifeAreaKeys.map((key) => {
    const area = lifeAreas.find((a) => a.key === key);
    return area ? labelText(area.label, i18n.language) : key;
  });
  const showNote = contact.note && contact.note !== groupTitle;
  return (
    <li className="list-item contact-item">
      <p className="contact-item-head">
        <strong>{formatDate(contact.date)}</strong>
        <span className="badge">{t(`modes.${contact.mode}`)}</span>
        <span>{t('list.duration', { count: contact.durationMinutes })}</span>
      </p>
      {groupTitle && <p>{t('list.groupOffer', { title: groupTitle })}</p>}
      {areaNames.length > 0 && (
        <p className="muted">{t('list.lifeAreas', { areas: areaNames.join(', ') })}</p>
      )}
      {showNote && <p className="contact-note">{contact.note}</p>}
      {contact.followUpDate && (
        <p>
          <span className="badge badge-warning">
            {t('list.followUp', { date: formatDate(contact.followUpDate) })}
          </span>
        </p>
      )}
    </li>
  );
}
