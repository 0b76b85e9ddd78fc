import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';

export interface OpenCase {
  caseId: string;
  caseNumber: string;
  /** Undefined when the client's record is not on this device. */
  clientName: string | undefined;
}

/** The open cases on this device with their clients' names, sorted by name, live. */
export function useOpenCases(): OpenCase[] | undefined {
  return useLiveQuery(async () => {
    const cases = (await db.caseFiles.where('status').equals('open').toArray()).filter(
      (c) => !c.deleted,
    );
    const clients = await db.clients.bulkGet(cases.map((c) => c.clientId));
    return cases
      .map((caseFile, index): OpenCase => {
        const client = clients[index];
        return {
          caseId: caseFile.id,
          caseNumber: caseFile.caseNumber,
          clientName:
            client && !client.deleted ? `${client.firstName} ${client.lastName}` : undefined,
        };
      })
      .sort((a, b) => (a.clientName ?? '').localeCompare(b.clientName ?? '', 'de'));
  }, []);
}
