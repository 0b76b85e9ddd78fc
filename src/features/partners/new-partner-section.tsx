import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PartnerForm } from './partner-form';
import { useHasDraft } from './use-has-draft';

const DRAFT_KEY = 'partner-new';

/** "Partner hinzufügen": opens the form for a new partner; an unsaved one reopens with its draft. */
export function NewPartnerSection() {
  const { t } = useTranslation('partners');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const hasDraft = useHasDraft(DRAFT_KEY);

  if (!open && !hasDraft)
    return (
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            setOpen(true);
            setSaved(false);
          }}
        >
          {t('add')}
        </button>
        {saved && (
          <p role="status" className="alert alert-info">
            {t('form.saved')}
          </p>
        )}
      </div>
    );

  return (
    <section aria-labelledby="new-partner-heading" className="card partners-form-card">
      <h2 id="new-partner-heading">{t('form.newHeading')}</h2>
      <PartnerForm
        draftKey={DRAFT_KEY}
        onDone={() => {
          setOpen(false);
          setSaved(true);
        }}
      />
    </section>
  );
}
