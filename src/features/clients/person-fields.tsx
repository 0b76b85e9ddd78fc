import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '@/core/index';
import { CheckboxGroup, SelectField, TextField } from '@/components/form/fields';

/** Who the client is and which languages they speak. */
export function PersonFields() {
  const { t } = useTranslation('clients');
  const languages = LANGUAGES.map((l) => ({
    value: l.code,
    label: t(`common:languageNames.${l.code}`),
  }));
  return (
    <>
      <fieldset className="client-section">
        <legend>{t('sections.person')}</legend>
        <div className="form-grid">
          <TextField name="firstName" label={t('fields.firstName')} autoComplete="off" />
          <TextField name="lastName" label={t('fields.lastName')} autoComplete="off" />
          <TextField name="dateOfBirth" type="date" label={t('fields.dateOfBirth')} />
          <TextField name="nationality" label={t('fields.nationality')} />
        </div>
      </fieldset>
      <fieldset className="client-section">
        <legend>{t('sections.languages')}</legend>
        <CheckboxGroup name="languages" label={t('fields.languages')} options={languages} />
        <SelectField
          name="preferredLanguage"
          label={t('fields.preferredLanguage')}
          hint={t('hints.preferredLanguage')}
          options={languages}
          emptyLabel={t('common:none')}
        />
      </fieldset>
    </>
  );
}
