import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/db/database';

/**
 * Whether a form behind a button is open: opened or closed by the manager, or
 * — until they choose — open when an unsaved draft of it existed when the
 * screen was shown, so that typing interrupted by a reload is found again.
 */
export function useDraftOpen(draftKey: string): [boolean, (open: boolean) => void] {
  const [chosen, setChosen] = useState<boolean>();
  const [draftOnEntry, setDraftOnEntry] = useState<boolean>();
  const hasDraft = useLiveQuery(
    async () => (await db.localDrafts.get(draftKey)) !== undefined,
    [draftKey],
  );
  // Fixed at the first answer: discarding the draft must not close the form in the manager's hands.
  if (draftOnEntry === undefined && hasDraft !== undefined) setDraftOnEntry(hasDraft);
  return [chosen ?? draftOnEntry ?? false, setChosen];
}
