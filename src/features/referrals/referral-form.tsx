import { DraftNotice } from '@/components/form/draft-notice';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES, referralFieldsSchema, today, type ReferralInput } from '@/core/index';
import { FormErrorSummary, SelectField, TextArea, TextField } from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { labelText } from '@/components/label-text';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import type { Row } from '@/db/records/row';
import { createRecord } from '@/db/records/write-records';

interface ReferralFormValues {
  caseId: string;
  clientId: string;
  partnerId?: string;
  lifeAreaKey?: string;
  date: string;
  status: (typeof REFERRAL_STATUSES)[number];
  note: string;
}

interface ReferralFormProps {
  caseId: string;
  clientId: string;
  partners: Row<'partners'>[];
  onSaved: () => void;
}

/** "Vermittlung anlegen": a referral of the client to a partner, kept as a draft while typing. */
export function ReferralForm({ caseId, clientId, partners, onSaved }: ReferralFormProps) {
  const { t, i18n } = useTranslation('referrals');
  const lifeAreas = useLifeAreas();
  const { form, ready, restored, submit, discard } = useDraftForm<ReferralFormValues>(
    `referral-new:${caseId}`,
    referralFieldsSchema,
    { caseId, clientId, date: today(), status: 'planned', note: '' },
  );
  if (!ready) return null;

  const onSubmit = submit((values) => {
    const fields = { ...values, note: values.note?.trim() ? values.note : undefined };
    return createRecord('referrals', fields as ReferralInput);
  }, onSaved);

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit}>
        <DraftNotice restored={restored} onDiscard={() => void discard()} />
        <FormErrorSummary />
        <div className="form-grid">
          <SelectField
            name="partnerId"
            label={t('fields.partner')}
            emptyLabel={t('form.choosePartner')}
            options={partners.map((p) => ({ value: p.id, label: p.name }))}
          />
          <SelectField
            name="lifeAreaKey"
            label={t('fields.lifeArea')}
            emptyLabel={t('form.noLifeArea')}
            options={lifeAreas.map((a) => ({
              value: a.key,
              label: labelText(a.label, i18n.language),
            }))}
          />
          <TextField name="date" type="date" label={t('fields.date')} />
          <SelectField
            name="status"
            label={t('fields.status')}
            options={REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          />
        </div>
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
