import { DraftNotice } from '@/components/form/draft-notice';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, PARTNER_TYPES, partnerFieldsSchema, type PartnerFields } from '@/core/index';
import {
  CheckboxGroup,
  FormErrorSummary,
  SelectField,
  TextArea,
  TextField,
} from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { createRecord, updateRecord } from '@/db/records/write-records';
import { toFormValues, toPartnerInput, type PartnerFormValues } from './partner-form-values';

interface PartnerFormProps {
  draftKey: string;
  /** The partner to edit; a new partner is created when absent. */
  partner?: PartnerFields & { id: string };
  onDone: () => void;
}

/** Add or edit a partner of the organisation-wide directory (the write sets scope 'org'). */
export function PartnerForm({ draftKey, partner, onDone }: PartnerFormProps) {
  const { t } = useTranslation('partners');
  const { form, ready, restored, submit, discard } = useDraftForm<PartnerFormValues>(
    draftKey,
    partnerFieldsSchema,
    toFormValues(partner),
  );
  if (!ready) return null;

  const onSubmit = submit((values) => {
    const fields = toPartnerInput(values);
    return partner
      ? updateRecord('partners', partner.id, fields)
      : createRecord('partners', fields);
  }, onDone);

  async function cancel() {
    await discard();
    onDone();
  }

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit}>
        <DraftNotice restored={restored} onDiscard={() => void discard()} />
        <FormErrorSummary />
        <div className="form-grid">
          <TextField name="name" label={t('fields.name')} />
          <SelectField
            name="type"
            label={t('fields.type')}
            emptyLabel={t('form.chooseType')}
            options={PARTNER_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
          />
          <TextField name="contactPerson" label={t('fields.contactPerson')} />
          <TextField name="phone" type="tel" label={t('fields.phone')} autoComplete="off" />
          <TextField name="email" type="email" label={t('fields.email')} autoComplete="off" />
          <TextField name="address" label={t('fields.address')} />
        </div>
        <CheckboxGroup
          name="languages"
          label={t('fields.languages')}
          options={LANGUAGES.map((l) => ({
            value: l.code,
            label: t(`common:languageNames.${l.code}`),
          }))}
        />
        <TextArea name="note" label={t('fields.note')} rows={3} />
        <div className="form-actions">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {t('form.save')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void cancel()}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
