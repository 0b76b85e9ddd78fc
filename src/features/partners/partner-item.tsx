import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '@/db/records/row';
import { PartnerForm } from './partner-form';
import { useHasDraft } from './use-has-draft';

/** A phone number as a dialable tel: address. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** One partner of the directory, with its contact details; editable in place. */
export function PartnerItem({ partner }: { partner: Row<'partners'> }) {
  const { t } = useTranslation('partners');
  const draftKey = `partner-edit:${partner.id}`;
  const [editing, setEditing] = useState(false);
  // An edit left unsaved (reload, crash) reopens with its draft.
  const hasDraft = useHasDraft(draftKey);
  const headingId = `partner-${partner.id}`;

  if (editing || hasDraft)
    return (
      <li className="list-item partner-item">
        <h3 id={headingId}>{t('form.editHeading', { name: partner.name })}</h3>
        <PartnerForm draftKey={draftKey} partner={partner} onDone={() => setEditing(false)} />
      </li>
    );

  const languages = partner.languages.map((code) => t(`common:languageNames.${code}`));
  return (
    <li className="list-item partner-item" aria-labelledby={headingId}>
      <div className="partner-item-head">
        <h3 id={headingId}>{partner.name}</h3>
        <span className="badge">{t(`types.${partner.type}`)}</span>
      </div>
      {partner.contactPerson && (
        <p>{t('details.contactPerson', { name: partner.contactPerson })}</p>
      )}
      {partner.phone && (
        <p>
          {t('details.phone')} <a href={telHref(partner.phone)}>{partner.phone}</a>
        </p>
      )}
      {partner.email && (
        <p>
          {t('details.email')} <a href={`mailto:${partner.email}`}>{partner.email}</a>
        </p>
      )}
      {partner.address && <p>{t('details.address', { address: partner.address })}</p>}
      {languages.length > 0 && <p>{t('details.languages', { languages: languages.join(', ') })}</p>}
      {partner.note && <p className="partner-note muted">{partner.note}</p>}
      <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
        {t('common:actions.edit')}
        <span className="visually-hidden">: {partner.name}</span>
      </button>
    </li>
  );
}
