import { db } from './database';

const KEEP = 20;

/** Remembers on this device which cases were opened last, for the home screen. Never synced. */
export async function markCaseOpened(caseId: string): Promise<void> {
  await db.transaction('rw', db.localRecentCases, async () => {
    await db.localRecentCases.put({ caseId, openedAt: new Date().toISOString() });
    const stale = await db.localRecentCases
      .orderBy('openedAt')
      .reverse()
      .offset(KEEP)
      .primaryKeys();
    await db.localRecentCases.bulkDelete(stale);
  });
}
