import { db } from './database';

/** Half-filled forms, kept on the device only, so that a reload or a crash never loses what was typed. */
export async function readDraft(key: string): Promise<Record<string, unknown> | undefined> {
  return (await db.localDrafts.get(key))?.values;
}

export async function saveDraft(key: string, values: Record<string, unknown>): Promise<void> {
  await db.localDrafts.put({ key, values, savedAt: new Date().toISOString() });
}

export async function discardDraft(key: string): Promise<void> {
  await db.localDrafts.delete(key);
}
