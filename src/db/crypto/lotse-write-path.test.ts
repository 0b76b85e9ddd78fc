import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaseForNewClient } from '../commands/open-case-for-new-client';
import { db, DATABASE_NAME } from '../database';
import { saveDraft } from '../drafts';
import { LotseDatabase } from '../lotse-database';
import { updateRecord } from '../records/write-records';
import { createDataKey } from './data-key';
import { encryptionMiddleware } from './encryption-middleware';
import { ENCRYPTED_PROPERTY } from './row-cipher';

/**
 * The app's own database and write path (writeRecords: one transaction with
 * gets, puts, auto-increment outbox adds and the clock in localSettings),
 * with the middleware as the app will register it.
 */
const raw = new LotseDatabase(DATABASE_NAME);

beforeAll(() => {
  db.use(encryptionMiddleware({ dataKey: createDataKey(), plainTables: ['localSettings'] }));
});

afterAll(async () => {
  raw.close();
  await db.delete();
});

describe("Lotse's write path with encryption at rest", () => {
  it('writes, reads and queues records whose personal fields are stored only encrypted', async () => {
    const opened = await openCaseForNewClient(
      {
        firstName: 'Amal',
        lastName: 'Haddad',
        health: 'Diabetes Typ 2',
        religion: 'muslimisch',
      },
      '2026-01-10',
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    const { clientId, caseId } = opened.id;
    const updated = await updateRecord('clients', clientId, {
      protectionNeeds: 'Schutz vor Ex-Partner',
    });
    expect(updated.ok).toBe(true);
    await saveDraft(`contact:${caseId}`, { note: 'Entwurf: Gespräch über Arztbesuch' });

    expect(await db.clients.get(clientId)).toMatchObject({
      firstName: 'Amal',
      lastName: 'Haddad',
      health: 'Diabetes Typ 2',
      protectionNeeds: 'Schutz vor Ex-Partner',
      scope: caseId,
    });
    expect(await db.caseFiles.where('clientId').equals(clientId).first()).toMatchObject({
      status: 'open',
    });
    const outbox = await db.localOutbox
      .where('[table+recordId]')
      .equals(['clients', clientId])
      .toArray();
    expect(outbox.map((entry) => entry.fields)).toEqual([
      expect.objectContaining({ lastName: 'Haddad' }),
      { protectionNeeds: 'Schutz vor Ex-Partner' },
    ]);

    const everything: Record<string, unknown[]> = {};
    for (const table of raw.tables) everything[table.name] = await table.toArray();
    const stored = JSON.stringify(everything);
    for (const word of ['Amal', 'Haddad', 'Diabetes', 'muslimisch', 'Ex-Partner', 'Arztbesuch'])
      expect(stored).not.toContain(word);
    for (const table of raw.tables.filter((t) => t.name !== 'localSettings'))
      for (const row of everything[table.name]!) expect(row).toHaveProperty(ENCRYPTED_PROPERTY);
    expect(await raw.localSettings.count()).toBeGreaterThan(0);
  });
});
