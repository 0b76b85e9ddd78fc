import { useTranslation } from 'react-i18next';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import { ContactListItem } from './contact-list-item';
import { useCaseContacts } from './use-case-contacts';

/** The case's contacts, newest first. */
export function ContactList({ caseId }: { caseId: string }) {
  const { t } = useTranslation('contacts');
  const contacts = useCaseContacts(caseId);
  const lifeAreas = useLifeAreas();
  return (
    <section aria-labelledby="contact-list-heading" className="contact-list">
      <h2 id="contact-list-heading">{t('list.heading')}</h2>
      {contacts?.length === 0 && <p className="empty-state">{t('list.empty')}</p>}
      {contacts && contacts.length > 0 && (
        <ul className="list">
          {contacts.map((entry) => (
            <ContactListItem key={entry.contact.id} entry={entry} lifeAreas={lifeAreas} />
          ))}
        </ul>
      )}
    </section>
  );
}
