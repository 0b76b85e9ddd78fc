import { createId, makeCaseNumber, today, type ClientInput, type WriteResult } from '@/core/index';
import { writeRecords } from '../records/write-records';

export interface OpenedCase {
  clientId: string;
  caseId: string;
  planId: string;
}

/** A new client comes with an open case file, an empty plan and an outcome record, in one write. */
export async function openCaseForNewClient(
  client: ClientInput,
  openedOn: string = today(),
): Promise<WriteResult<OpenedCase>> {
  const caseId = createId();
  const clientId = createId();
  const planId = createId();
  const result = await writeRecords([
    { kind: 'create', table: 'clients', id: clientId, scope: caseId, fields: client },
    {
      kind: 'create',
      table: 'caseFiles',
      id: caseId,
      fields: {
        clientId,
        caseNumber: makeCaseNumber(caseId, openedOn),
        status: 'open',
        openedOn,
        statusSince: openedOn,
      },
    },
    {
      kind: 'create',
      table: 'plans',
      id: planId,
      fields: { caseId, clientId, createdOn: openedOn },
    },
    { kind: 'create', table: 'indicators', fields: { caseId, clientId } },
  ]);
  if (!result.ok) return result;
  return { ok: true, id: { clientId, caseId, planId } };
}
