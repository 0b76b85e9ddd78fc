import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { WriteResult } from '@/core/index';
import { FormErrorSummary } from '@/components/form/fields';
import type { DraftForm } from '@/components/form/use-draft-form';
import type { ClientFormValues } from './client-form-values';
import { ConsentFields } from './consent-fields';
import { HouseholdFields } from './household-fields';
import { PersonFields } from './person-fields';
import { ResidenceFields } from './residence-fields';
import { SensitiveFields } from './sensitive-fields';
import { useHouseholds } from './use-households';
import './client-form.css';

interface ClientFormProps {
  draft: DraftForm<ClientFormValues>;
  onSave: (values: ClientFormValues) => Promise<WriteResult<unknown>>;
  submitLabel: string;
  /** The client being edited, if any. */
  clientId?: string;
}

/** The client's master data, shared by registering a new client and editing one. */
export function ClientForm({ draft, onSave, submitLabel, clientId }: ClientFormProps) {
  const { t } = useTranslation('clients');
  const households = useHouseholds();
  if (!draft.ready || households === undefined) return null;
  const { form } = draft;
  return (
    <FormProvider {...form}>
      <form className="form client-form" noValidate onSubmit={draft.submit(onSave)}>
        {draft.restored && (
          <div className="alert alert-info form-actions" role="status">
            <span>{t('common:draftRestored')}</span>
            <button type="button" className="button-secondary" onClick={() => void draft.discard()}>
              {t('common:actions.discardDraft')}
            </button>
          </div>
        )}
        <PersonFields />
        <ResidenceFields />
        <HouseholdFields households={households} clientId={clientId} />
        <ConsentFields />
        <SensitiveFields />
        <FormErrorSummary />
        <div className="form-actions">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {submitLabel}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
