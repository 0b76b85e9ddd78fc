import { DraftNotice } from '@/components/form/draft-notice';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_MODES,
  contactFieldsSchema,
  today,
  type ContactInput,
  type WriteResult,
} from '@/core/index';
import {
  CheckboxGroup,
  FormErrorSummary,
  SelectField,
  TextArea,
  TextField,
} from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { labelText } from '@/components/label-text';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import { createRecord } from '@/db/records/write-records';

interface ContactFormValues {
  caseId: string;
  clientId: string;
  date: string;
  durationMinutes: string;
  mode: (typeof CONTACT_MODES)[number];
  lifeAreaKeys: string[];
  note: string;
  followUpDate: string;
}

interface ContactFormProps {
  caseId: string;
  clientId: string;
  onSaved: () => void;
}

function saveContact(values: ContactFormValues): Promise<WriteResult> {
  const fields: ContactInput = {
    ...values,
    note: values.note?.trim() ? values.note : undefined,
    followUpDate: values.followUpDate || undefined,
  };
  return createRecord('contacts', fields);
}

/** "Kontakt dokumentieren": one counselling contact of the case, kept as a draft while typing. */
export function ContactForm({ caseId, clientId, onSaved }: ContactFormProps) {
  const { t, i18n } = useTranslation('contacts');
  const lifeAreas = useLifeAreas();
  const { form, ready, restored, submit, discard } = useDraftForm<ContactFormValues>(
    `contact-new:${caseId}`,
    contactFieldsSchema,
    {
      caseId,
      clientId,
      date: today(),
      durationMinutes: '',
      mode: 'inPerson',
      lifeAreaKeys: [],
      note: '',
      followUpDate: '',
    },
  );
  if (!ready) return null;

  // The parent starts a fresh form only after the draft is gone, so the new form never restores it.
  const onSubmit = submit(saveContact, onSaved);

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit}>
        <DraftNotice restored={restored} onDiscard={() => void discard()} />
        <FormErrorSummary />
        <div className="form-grid">
          <TextField name="date" type="date" label={t('fields.date')} />
          <TextField name="durationMinutes" type="number" label={t('fields.durationMinutes')} />
          <SelectField
            name="mode"
            label={t('fields.mode')}
            options={CONTACT_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) }))}
          />
          <TextField
            name="followUpDate"
            type="date"
            label={t('fields.followUpDate')}
            hint={t('fields.followUpHint')}
          />
        </div>
        <CheckboxGroup
          name="lifeAreaKeys"
          label={t('fields.lifeAreas')}
          options={lifeAreas.map((area) => ({
            value: area.key,
            label: labelText(area.label, i18n.language),
          }))}
        />
        <TextArea name="note" label={t('fields.note')} />
        <div className="form-actions">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {t('log.save')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
