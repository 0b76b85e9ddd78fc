import { useId, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextArea, TextField } from '@/components/form/fields';
import { SENSITIVE_FIELDS, type ClientFormValues } from './client-form-values';

/**
 * GDPR Art. 9 special categories (health, disability, protection needs, religion):
 * closed until the manager opens the section on purpose, even when it holds data,
 * so that these details are not on screen in front of others by accident.
 */
export function SensitiveFields() {
  const { t } = useTranslation('clients');
  const { control, formState } = useFormContext<ClientFormValues>();
  const values = useWatch({ control, name: [...SENSITIVE_FIELDS] });
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const hasData = values.some((v) => typeof v === 'string' && v.trim() !== '');
  // A refused value must be visible to be fixed.
  const hasErrors = SENSITIVE_FIELDS.some((name) => formState.errors[name]);
  const shown = open || hasErrors;
  return (
    <section className="client-section sensitive-section" aria-labelledby={`${panelId}-title`}>
      <h2 id={`${panelId}-title`}>
        <button
          type="button"
          className="button-secondary"
          aria-expanded={shown}
          aria-controls={panelId}
          onClick={() => setOpen(!shown)}
        >
          {t('sensitive.title')}
        </button>
      </h2>
      <p className="muted">{t('sensitive.hint')}</p>
      {hasData && !shown && <p className="badge badge-warning">{t('sensitive.hasData')}</p>}
      {shown && (
        <div id={panelId} className="form-grid">
          <TextArea name="health" label={t('fields.health')} rows={3} />
          <TextArea name="disability" label={t('fields.disability')} rows={3} />
          <TextArea
            name="protectionNeeds"
            label={t('fields.protectionNeeds')}
            hint={t('hints.protectionNeeds')}
            rows={3}
          />
          <TextField name="religion" label={t('fields.religion')} />
        </div>
      )}
    </section>
  );
}
