import {
  createId,
  makeCaseNumber,
  today,
  type ClientInput,
  type RecordInput,
  type WriteResult,
} from '@/core/index';
import { writeRecords, type WriteOp } from '../records/write-records';

export interface OpenedCase {
  clientId: string;
  caseId: string;
  planId: string;
}

/**
 * A new client comes with an open case file, an empty plan and an outcome record, in one write.
 * Given `newHousehold`, a household is founded in the same write and the client joins it
 * (its `householdId` is set to the new household's id).
 */
export async function openCaseForNewClient(
  client: ClientInput,
  openedOn: string = today(),
  newHousehold?: RecordInput<'households'>,
): Promise<WriteResult<OpenedCase>> {
  const caseId = createId();
  const clientId = createId();
  const planId = createId();
  const ops: WriteOp[] = [];
  let clientFields = client;
  if (newHousehold) {
    const householdId = createId();
    // A household belongs to the case of the client who founded it; members of other cases refer to it by id.
    ops.push({
      kind: 'create',
      table: 'households',
      id: householdId,
      scope: caseId,
      fields: newHousehold,
    });
    clientFields = { ...client, householdId };
  }
  ops.push(
    { kind: 'create', table: 'clients', id: clientId, scope: caseId, fields: clientFields },
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
  );
  const result = await writeRecords(ops);
  if (!result.ok) return result;
  return { ok: true, id: { clientId, caseId, planId } };
}
