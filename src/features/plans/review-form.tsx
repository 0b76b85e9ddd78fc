import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { reviewFieldsSchema, today } from '@/core/index';
import { Checkbox, FormErrorSummary, TextArea, TextField } from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { addReview } from '@/db/commands/add-review';
import { DraftNotice } from '@/components/form/draft-notice';

export interface ReviewFormValues {
  planId: string;
  caseId: string;
  date: string;
  summary: string;
  nextReviewDate: string;
  agreed: boolean;
}

/** Records a review (Fortschreibung); an agreed one freezes the plan as a new version. */
export function ReviewForm({
  plan,
  onDone,
}: {
  plan: { id: string; caseId: string };
  onDone: () => void;
}) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  const { form, ready, restored, submit, discard } = useDraftForm<ReviewFormValues>(
    `review-new:${plan.id}`,
    reviewFieldsSchema,
    {
      planId: plan.id,
      caseId: plan.caseId,
      date: today(),
      summary: '',
      nextReviewDate: '',
      agreed: false,
    },
  );
  if (!ready) return null;

  const onSubmit = submit((values) => addReview(values), onDone);

  return (
    <FormProvider {...form}>
      <form className="form card" aria-labelledby={headingId} noValidate onSubmit={onSubmit}>
        <h3 id={headingId}>{t('reviews.newHeading')}</h3>
        <DraftNotice restored={restored} onDiscard={() => void discard()} />
        <FormErrorSummary />
        <div className="form-grid">
          <TextField name="date" type="date" label={t('reviews.date')} />
          <TextField name="nextReviewDate" type="date" label={t('reviews.nextReviewDate')} />
        </div>
        <TextArea name="summary" label={t('reviews.summary')} />
        <Checkbox name="agreed" label={t('reviews.agreed')} />
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
