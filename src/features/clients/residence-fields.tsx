import { useTranslation } from 'react-i18next';
import { ACCOMMODATION_TYPES, RESIDENCE_STATUSES } from '@/core/index';
import { SelectField, TextField } from '@/components/form/fields';

/** Arrival, residence status, where the client lives and how to reach them. */
export function ResidenceFields() {
  const { t } = useTranslation('clients');
  return (
    <>
      <fieldset className="client-section">
        <legend>{t('sections.residence')}</legend>
        <div className="form-grid">
          <TextField name="arrivalDate" type="date" label={t('fields.arrivalDate')} />
          <SelectField
            name="residenceStatus"
            label={t('fields.residenceStatus')}
            options={RESIDENCE_STATUSES.map((s) => ({
              value: s,
              label: t(`residenceStatus.${s}`),
            }))}
            emptyLabel={t('common:none')}
          />
          <SelectField
            name="accommodationType"
            label={t('fields.accommodationType')}
            options={ACCOMMODATION_TYPES.map((a) => ({ value: a, label: t(`accommodation.${a}`) }))}
            emptyLabel={t('common:none')}
          />
        </div>
      </fieldset>
      <fieldset className="client-section">
        <legend>{t('sections.contact')}</legend>
        <div className="form-grid">
          <TextField name="addressStreet" label={t('fields.addressStreet')} />
          <TextField name="addressPostalCode" label={t('fields.addressPostalCode')} />
          <TextField name="addressCity" label={t('fields.addressCity')} />
          <TextField name="phone" type="tel" label={t('fields.phone')} hint={t('hints.phone')} />
        </div>
      </fieldset>
    </>
  );
}
