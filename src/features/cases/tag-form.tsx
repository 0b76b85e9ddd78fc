import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { requiredLine, type RecordIssue } from '@/core/index';
import { TextField } from '@/components/form/fields';
import { useDraftForm } from '@/components/form/use-draft-form';
import { discardDraft } from '@/db/drafts';
import { updateRecord } from '@/db/records/write-records';

/** A tag is checked as the case file checks its tags. */
const tagSchema = z.object({ tag: requiredLine(40) });

interface TagFormProps {
  caseId: string;
  tags: string[];
  /** Called once a tag is stored, so the parent can show an empty form again. */
  onAdded: () => void;
}

/** Adds one tag to a case. */
export function TagForm({ caseId, tags, onAdded }: TagFormProps) {
  const { t } = useTranslation('cases');
  const draftKey = `case-tag:${caseId}`;
  const draft = useDraftForm<{ tag: string }>(draftKey, tagSchema, { tag: '' });

  async function save({ tag }: { tag: string }) {
    // A tag the case already has is not added twice.
    const next = tags.includes(tag) ? tags : [...tags, tag];
    const result = await updateRecord('caseFiles', caseId, { tags: next });
    if (!result.ok)
      return {
        ok: false as const,
        issues: result.issues.map((i): RecordIssue => ({ ...i, path: 'tag' })),
      };
    await discardDraft(draftKey);
    onAdded();
    return result;
  }

  if (!draft.ready) return null;
  return (
    <FormProvider {...draft.form}>
      <form className="tag-form" noValidate onSubmit={draft.submit(save)}>
        <TextField name="tag" label={t('tags.new')} />
        <button type="submit" className="button-secondary">
          {t('tags.add')}
        </button>
      </form>
    </FormProvider>
  );
}
