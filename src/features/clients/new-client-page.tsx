import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDraftForm } from '@/components/form/use-draft-form';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { ClientForm } from './client-form';
import {
  clientFormSchema,
  clientInputFrom,
  emptyClientForm,
  newHouseholdFrom,
  type ClientFormValues,
} from './client-form-values';

export const NEW_CLIENT_DRAFT_KEY = 'client-new';

/** Registers a new client and opens their case file, then goes to the case. */
export default function NewClientPage() {
  const { t } = useTranslation('clients');
  const [, navigate] = useLocation();
  const draft = useDraftForm<ClientFormValues>(
    NEW_CLIENT_DRAFT_KEY,
    clientFormSchema,
    emptyClientForm(),
  );

  async function save(values: ClientFormValues) {
    const result = await openCaseForNewClient(
      clientInputFrom(values),
      undefined,
      newHouseholdFrom(values),
    );
    if (result.ok) navigate(`/cases/${result.id.caseId}`);
    return result;
  }

  return (
    <div className="page">
      <h1>{t('newTitle')}</h1>
      <p className="muted">{t('newIntro')}</p>
      <ClientForm draft={draft} onSave={save} submitLabel={t('create')} />
    </div>
  );
}
