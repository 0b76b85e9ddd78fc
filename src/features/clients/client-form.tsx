import { DraftNotice } from '@/components/form/draft-notice';
import { FormProvider } from 'react-hook-form';
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
  const households = useHouseholds();
  if (!draft.ready || households === undefined) return null;
  const { form } = draft;
  return (
    <FormProvider {...form}>
      <form className="form client-form" noValidate onSubmit={draft.submit(onSave)}>
        <DraftNotice restored={draft.restored} onDiscard={() => void draft.discard()} />
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
