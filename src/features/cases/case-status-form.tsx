import { DraftNotice } from '@/components/form/draft-notice';
import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { today, type CaseStatus } from '@/core/index';
import { FormErrorSummary, SelectField, TextArea, TextField } from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { changeCaseStatus } from '@/db/commands/change-case-status';
import { discardDraft } from '@/db/drafts';
import {
  NEXT_STATUSES,
  statusChangeSchema,
  statusFormIssues,
  type StatusChangeValues,
} from './status-change';

/** Pauses, closes or reopens a case on a date, with a reason when pausing or closing. */
export function CaseStatusForm({ caseId, status }: { caseId: string; status: CaseStatus }) {
  const { t } = useTranslation('cases');
  const draftKey = `case-status:${caseId}`;
  const next = NEXT_STATUSES[status];
  const draft = useDraftForm<StatusChangeValues>(draftKey, statusChangeSchema, {
    status: next[0],
    date: today(),
    reason: '',
  });

  // Folded until the manager opens it; unfolded at first when it brings back unsaved input.
  const [toggled, setToggled] = useState<boolean>();
  const open = toggled ?? draft.restored;

  async function save(values: StatusChangeValues) {
    // A draft typed while the case had another status may name a move no longer possible.
    if (!next.includes(values.status))
      return { ok: false as const, issues: [{ path: 'status', key: 'invalidChoice' }] };
    const result = await changeCaseStatus(
      caseId,
      values.status,
      values.date,
      values.reason || undefined,
    );
    if (!result.ok) return { ok: false as const, issues: statusFormIssues(result.issues) };
    // The form is shown anew for the new status; its draft must be gone before it reads it.
    await discardDraft(draftKey);
    return result;
  }

  if (!draft.ready) return null;
  return (
    <section className="card case-status-card" aria-labelledby={`${draftKey}-heading`}>
      <details open={open} onToggle={(e) => setToggled(e.currentTarget.open)}>
        <summary>
          <h2 id={`${draftKey}-heading`}>{t('statusForm.heading')}</h2>
        </summary>
        <FormProvider {...draft.form}>
          <form className="form case-status-form" noValidate onSubmit={draft.submit(save)}>
            <DraftNotice restored={draft.restored} onDiscard={() => void draft.discard()} />
            <div className="form-grid">
              <SelectField
                name="status"
                label={t('statusForm.status')}
                options={next.map((s) => ({ value: s, label: t(`statusForm.to.${s}`) }))}
              />
              <TextField name="date" type="date" label={t('statusForm.date')} />
            </div>
            <TextArea
              name="reason"
              label={t('statusForm.reason')}
              hint={t('statusForm.reasonHint')}
              rows={2}
            />
            <FormErrorSummary />
            <div className="form-actions">
              <button type="submit" disabled={draft.form.formState.isSubmitting}>
                {t('statusForm.submit')}
              </button>
            </div>
          </form>
        </FormProvider>
      </details>
    </section>
  );
}
