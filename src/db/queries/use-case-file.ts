import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import type { Row } from '../records/row';

export interface CaseWithClient {
  caseFile: Row<'caseFiles'>;
  client: Row<'clients'> | undefined;
}

/** A case and its client, live; `null` when the case does not exist on this device. */
export function useCaseFile(caseId: string): CaseWithClient | null | undefined {
  return useLiveQuery(async () => {
    const caseFile = await db.caseFiles.get(caseId);
    if (!caseFile || caseFile.deleted) return null;
    const client = await db.clients.get(caseFile.clientId);
    return { caseFile, client: client?.deleted ? undefined : client };
  }, [caseId]);
}
