import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { useDraftForm } from '@/components/form/use-draft-form';
import { updateClientWithHousehold } from '@/db/commands/update-client-with-household';
import { useCaseFile } from '@/db/queries/use-case-file';
import type { Row } from '@/db/records/row';
import { ClientForm } from './client-form';
import {
  clientFormFromRow,
  clientFormSchema,
  clientInputFrom,
  newHouseholdFrom,
  type ClientFormValues,
} from './client-form-values';
import { HouseholdMembers } from './household-members';

function EditClientForm({ client, caseId }: { client: Row<'clients'>; caseId: string }) {
  const { t } = useTranslation('clients');
  const [, navigate] = useLocation();
  const draft = useDraftForm<ClientFormValues>(
    `client-edit:${client.id}`,
    clientFormSchema,
    clientFormFromRow(client),
  );

  async function save(values: ClientFormValues) {
    // Without a household to found this is `updateRecord('clients', …)`, in one write with it otherwise.
    const result = await updateClientWithHousehold(
      client.id,
      clientInputFrom(values),
      newHouseholdFrom(values),
    );
    if (result.ok) navigate(`/cases/${caseId}`);
    return result;
  }

  return (
    <ClientForm
      draft={draft}
      onSave={save}
      submitLabel={t('common:actions.save')}
      clientId={client.id}
    />
  );
}

/** The client's master data of one case, editable, and the other members of their household. */
export default function EditClientPage() {
  const { t } = useTranslation('clients');
  const { caseId } = useParams<{ caseId: string }>();
  const found = useCaseFile(caseId);
  if (found === undefined) return null;
  if (found === null || !found.client)
    return (
      <div className="page">
        <h1>{t('clientMissing')}</h1>
        <Link href="/">{t('common:notFound.back')}</Link>
      </div>
    );
  const { client } = found;
  return (
    <div className="page">
      <h1>{t('editTitle', { name: `${client.firstName} ${client.lastName}` })}</h1>
      <Link href={`/cases/${caseId}`}>{t('backToCase')}</Link>
      <EditClientForm key={client.id} client={client} caseId={caseId} />
      <HouseholdMembers client={client} />
    </div>
  );
}
