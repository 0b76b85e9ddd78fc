import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { stepFieldsSchema, type StepFields } from '@/core/index';
import { FormErrorSummary, TextField } from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { createRecord } from '@/db/records/write-records';
import { DraftNotice } from '@/components/form/draft-notice';
import { ResponsibleFields } from './responsible-fields';

export interface StepFormValues {
  goalId: string;
  planId: string;
  caseId: string;
  text: string;
  responsible: StepFields['responsible'];
  partnerId?: string;
  dueDate: string;
}

interface StepFormProps {
  goal: { id: string; planId: string; caseId: string };
  onDone: () => void;
}

/** A new step under a goal. A due date after the goal's target is refused by the data layer. */
export function StepForm({ goal, onDone }: StepFormProps) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  const defaults: StepFormValues = {
    goalId: goal.id,
    planId: goal.planId,
    caseId: goal.caseId,
    text: '',
    responsible: 'client',
    dueDate: '',
  };
  const { form, ready, restored, submit, discard } = useDraftForm<StepFormValues>(
    `step-new:${goal.id}`,
    stepFieldsSchema,
    defaults,
  );
  if (!ready) return null;

  const onSubmit = submit(
    (values) =>
      createRecord('steps', {
        ...values,
        partnerId: values.responsible === 'partner' ? values.partnerId : undefined,
      }),
    onDone,
  );

  return (
    <FormProvider {...form}>
      <form className="form card" aria-labelledby={headingId} noValidate onSubmit={onSubmit}>
        <h5 id={headingId}>{t('steps.newHeading')}</h5>
        <DraftNotice restored={restored} onDiscard={() => void discard()} />
        <FormErrorSummary />
        <TextField name="text" label={t('steps.text')} />
        <div className="form-grid">
          <ResponsibleFields />
          <TextField name="dueDate" type="date" label={t('steps.dueDate')} />
        </div>
        <div className="form-actions">
          <button type="submit">{t('common:actions.save')}</button>
          <button type="button" className="button-secondary" onClick={onDone}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
