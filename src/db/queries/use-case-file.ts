import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import type { Row } from '../records/row';
import { readKeptScopes } from '../sync/kept-scopes';

export interface CaseWithClient {
  caseFile: Row<'caseFiles'>;
  client: Row<'clients'> | undefined;
  /** Taken from this person, and here only for their unsent changes: it can no longer be changed. */
  taken: boolean;
}

/** A case and its client, live; `null` when the case does not exist on this device. */
export function useCaseFile(caseId: string): CaseWithClient | null | undefined {
  return useLiveQuery(async () => {
    const [caseFile, kept] = await Promise.all([db.caseFiles.get(caseId), readKeptScopes()]);
    if (!caseFile || caseFile.deleted) return null;
    const client = await db.clients.get(caseFile.clientId);
    return {
      caseFile,
      client: client?.deleted ? undefined : client,
      taken: kept.includes(caseId),
    };
  }, [caseId]);
}
