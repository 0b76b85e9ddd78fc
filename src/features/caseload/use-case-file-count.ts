import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';

export function useCaseFileCount(): number | undefined {
  return useLiveQuery(() => db.caseFiles.count(), []);
}
