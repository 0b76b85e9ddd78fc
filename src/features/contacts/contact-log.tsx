import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseFile } from '@/db/queries/use-case-file';
import { ContactForm } from './contact-form';
import { ContactList } from './contact-list';
import './contacts.css';

/** The case's contacts log: record a contact, and every contact so far below it. */
export function ContactLog({ caseId }: { caseId: string }) {
  const { t } = useTranslation('contacts');
  const found = useCaseFile(caseId);
  // A new key after each save gives a fresh, empty form with today's date.
  const [formRound, setFormRound] = useState(0);
  return (
    <div className="page">
      <section aria-labelledby="contact-form-heading" className="card contacts-form-card">
        <h2 id="contact-form-heading">{t('log.formHeading')}</h2>
        {formRound > 0 && (
          <p role="status" className="alert alert-info">
            {t('log.saved')}
          </p>
        )}
        {found && (
          <ContactForm
            key={formRound}
            caseId={caseId}
            clientId={found.caseFile.clientId}
            onSaved={() => setFormRound((round) => round + 1)}
          />
        )}
      </section>
      <ContactList caseId={caseId} />
    </div>
  );
}
