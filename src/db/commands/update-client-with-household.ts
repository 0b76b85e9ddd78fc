import { createId, type ClientInput, type RecordInput, type WriteResult } from '@/core/index';
import { db } from '../database';
import { writeRecords, type WriteOp } from '../records/write-records';

/**
 * Changes a client's fields. Given `newHousehold`, a household is founded in the
 * same write (in the client's case scope) and the client moves into it; a refused
 * write stores neither.
 */
export async function updateClientWithHousehold(
  clientId: string,
  changes: Partial<ClientInput>,
  newHousehold?: RecordInput<'households'>,
): Promise<WriteResult> {
  const ops: WriteOp[] = [];
  let clientChanges: Record<string, unknown> = changes;
  if (newHousehold) {
    const client = await db.clients.get(clientId);
    if (!client || client.deleted)
      return { ok: false, issues: [{ path: '', key: 'recordMissing' }] };
    const householdId = createId();
    ops.push({
      kind: 'create',
      table: 'households',
      id: householdId,
      scope: client.scope,
      fields: newHousehold,
    });
    clientChanges = { ...changes, householdId };
  }
  ops.push({ kind: 'update', table: 'clients', id: clientId, changes: clientChanges });
  const result = await writeRecords(ops);
  return result.ok ? { ok: true, id: clientId } : result;
}
