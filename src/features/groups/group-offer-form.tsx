import { DraftNotice } from '@/components/form/draft-notice';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { groupOfferFieldsSchema, today } from '@/core/index';
import { CheckboxGroup, FormErrorSummary, TextArea, TextField } from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { labelText } from '@/components/label-text';
import { recordGroupOffer } from '@/db/commands/record-group-offer';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import { AttendeePicker } from './attendee-picker';
import type { OpenCase } from './use-open-cases';

interface GroupOfferFormValues {
  title: string;
  date: string;
  durationMinutes: string;
  lifeAreaKeys: string[];
  attendeeCaseIds: string[];
  note: string;
}

interface GroupOfferFormProps {
  cases: OpenCase[];
  /** Called with the number of attendees once the offer and their contacts are stored. */
  onSaved: (attendees: number) => void;
}

/** Records one group session; `recordGroupOffer` logs it as a contact in each attendee's case. */
export function GroupOfferForm({ cases, onSaved }: GroupOfferFormProps) {
  const { t, i18n } = useTranslation('groups');
  const lifeAreas = useLifeAreas();
  const { form, ready, restored, submit, discard } = useDraftForm<GroupOfferFormValues>(
    'group-offer-new',
    groupOfferFieldsSchema,
    {
      title: '',
      date: today(),
      durationMinutes: '',
      lifeAreaKeys: [],
      attendeeCaseIds: [],
      note: '',
    },
  );
  if (!ready) return null;

  async function onSubmit(event: React.FormEvent) {
    const outcome = { attendees: 0 };
    await submit(async (values) => {
      const result = await recordGroupOffer({
        ...values,
        note: values.note?.trim() ? values.note : undefined,
      });
      if (result.ok) outcome.attendees = values.attendeeCaseIds.length;
      return result;
    })(event);
    if (outcome.attendees > 0) onSaved(outcome.attendees);
  }

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit}>
        <DraftNotice restored={restored} onDiscard={() => void discard()} />
        <FormErrorSummary />
        <TextField name="title" label={t('fields.title')} />
        <div className="form-grid">
          <TextField name="date" type="date" label={t('fields.date')} />
          <TextField name="durationMinutes" type="number" label={t('fields.durationMinutes')} />
        </div>
        <CheckboxGroup
          name="lifeAreaKeys"
          label={t('fields.lifeAreas')}
          options={lifeAreas.map((area) => ({
            value: area.key,
            label: labelText(area.label, i18n.language),
          }))}
        />
        <AttendeePicker name="attendeeCaseIds" cases={cases} />
        <TextArea name="note" label={t('fields.note')} rows={3} />
        <div className="form-actions">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
