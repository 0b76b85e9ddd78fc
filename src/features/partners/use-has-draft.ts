import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';

/** Whether an unsaved draft is kept for a form, live; a form with a draft is shown open. */
export function useHasDraft(draftKey: string): boolean {
  return (
    useLiveQuery(async () => (await db.localDrafts.get(draftKey)) !== undefined, [draftKey]) ??
    false
  );
}
