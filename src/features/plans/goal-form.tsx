import { useId } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { goalFieldsSchema, type GoalFields } from '@/core/index';
import { FormErrorSummary } from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { createRecord, updateRecord } from '@/db/records/write-records';
import type { Row } from '@/db/records/row';
import { DraftNotice } from '@/components/form/draft-notice';
import { GoalFormFields } from './goal-form-fields';

export interface GoalFormValues {
  planId: string;
  caseId: string;
  lifeAreaKey: string;
  text: string;
  clientText: string;
  clientLanguage?: string;
  targetDate: string;
  priority: GoalFields['priority'];
  status: GoalFields['status'];
  barriers: GoalFields['barriers'];
}

type GoalFormProps = { onDone: () => void } & (
  { goal: Row<'goals'> } | { plan: { id: string; caseId: string }; clientLanguage?: string }
);

function defaultsFor(props: GoalFormProps): GoalFormValues {
  if ('goal' in props) {
    const { goal } = props;
    return {
      planId: goal.planId,
      caseId: goal.caseId,
      lifeAreaKey: goal.lifeAreaKey,
      text: goal.text,
      clientText: goal.clientText ?? '',
      clientLanguage: goal.clientLanguage,
      targetDate: goal.targetDate ?? '',
      priority: goal.priority,
      status: goal.status,
      barriers: goal.barriers,
    };
  }
  return {
    planId: props.plan.id,
    caseId: props.plan.caseId,
    lifeAreaKey: '',
    text: '',
    clientText: '',
    clientLanguage: props.clientLanguage,
    targetDate: '',
    priority: 'medium',
    status: 'open',
    barriers: [],
  };
}

/** Every field named, so that clearing one in an edit clears it in the record too. */
function toFields(values: GoalFormValues) {
  const clientText = values.clientText?.trim() ? values.clientText : undefined;
  return {
    ...values,
    clientText,
    clientLanguage: clientText ? values.clientLanguage : undefined,
    targetDate: values.targetDate || undefined,
  };
}

/** Adds a goal to a plan, or edits one in place (same form, `goal` given). */
export function GoalForm(props: GoalFormProps) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  const editing = 'goal' in props ? props.goal : undefined;
  const draftKey = editing ? `goal-edit:${editing.id}` : `goal-new:${defaultsFor(props).planId}`;
  const { form, ready, restored, submit, discard } = useDraftForm<GoalFormValues>(
    draftKey,
    goalFieldsSchema,
    defaultsFor(props),
  );
  if (!ready) return null;

  const onSubmit = submit(
    (values) =>
      editing
        ? updateRecord('goals', editing.id, toFields(values))
        : createRecord('goals', toFields(values)),
    props.onDone,
  );

  return (
    <FormProvider {...form}>
      <form className="form card" aria-labelledby={headingId} noValidate onSubmit={onSubmit}>
        <h4 id={headingId}>{t(editing ? 'goals.editHeading' : 'goals.newHeading')}</h4>
        <DraftNotice restored={restored} onDiscard={() => void discard()} />
        <FormErrorSummary />
        <GoalFormFields currentAreaKey={editing?.lifeAreaKey} />
        <div className="form-actions">
          <button type="submit">{t('common:actions.save')}</button>
          <button type="button" className="button-secondary" onClick={props.onDone}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
