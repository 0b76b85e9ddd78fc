import { useTranslation } from 'react-i18next';
import { CONSENT_SCOPES } from '@/core/index';
import { CheckboxGroup, TextField } from '@/components/form/fields';

/** The client's consent under the GDPR: when given, for what, and when withdrawn. */
export function ConsentFields() {
  const { t } = useTranslation('clients');
  return (
    <fieldset className="client-section">
      <legend>{t('sections.consent')}</legend>
      <div className="form-grid">
        <TextField name="consentGivenOn" type="date" label={t('fields.consentGivenOn')} />
        <TextField name="consentWithdrawnOn" type="date" label={t('fields.consentWithdrawnOn')} />
      </div>
      <CheckboxGroup
        name="consentScopes"
        label={t('fields.consentScopes')}
        options={CONSENT_SCOPES.map((s) => ({ value: s, label: t(`consentScope.${s}`) }))}
      />
    </fieldset>
  );
}
