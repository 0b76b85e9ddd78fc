import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addContact, addGoal, createClient } from '../support/casework-ui';
import { collectConsoleProblems } from '../support/console-problems';
import { lotseInChromium } from '../support/lotse-in-chromium';
import { DEMO_MANAGER, logInOnDevice } from '../support/device-login';
import { databaseNames, dumpDatabase, webStorageText } from '../support/raw-indexeddb';

const CLIENTS = [
  {
    first: 'Zainab',
    last: 'Qasimzada',
    note: 'Gespräch über Kinderarzt und Kitaplatz',
    goal: 'Führerschein umschreiben lassen',
  },
  {
    first: 'Oleksandr',
    last: 'Hrytsenko',
    note: 'Begleitung zur Ausländerbehörde wegen Fiktionsbescheinigung',
    goal: 'Mietvertrag in Esslingen unterschreiben',
  },
];

/** Every word a thief must not be able to read from the disk. */
const SECRETS = CLIENTS.flatMap((c) => [c.first, c.last, c.note, c.goal]).concat([
  'Kinderarzt',
  'Kitaplatz',
  'Führerschein',
  'Fiktionsbescheinigung',
  'Esslingen',
]);

describe('encryption at rest', () => {
  const lab = lotseInChromium();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await lab.browser.newContext({
      viewport: { width: 1024, height: 768 },
      locale: 'de-DE',
    });
  });

  it('keeps no client name, note or goal readable in IndexedDB or web storage', async () => {
    const page = await context.newPage();
    const problems = collectConsoleProblems(page);
    await page.goto(lab.server.url);
    await logInOnDevice(page);
    for (const client of CLIENTS) {
      await createClient(page, client.first, client.last);
      await addContact(page, client.note);
      await addGoal(page, client.goal);
    }
    // The app shows them, so they are stored…
    await page.getByRole('link', { name: 'Meine Fälle' }).click();
    for (const client of CLIENTS)
      await page.getByTestId('caseload-row').filter({ hasText: client.last }).waitFor();

    // …but only as ciphertext.
    const userDatabase = `lotse-${DEMO_MANAGER.id}`;
    const names = await databaseNames(page);
    expect(names.sort()).toEqual(['lotse-device', userDatabase].sort());
    const stored = await dumpDatabase(page, userDatabase);
    const device = await dumpDatabase(page, 'lotse-device');
    const webStorage = await webStorageText(page);
    const rows = JSON.parse(stored!) as Record<string, Record<string, unknown>[]>;
    expect(rows.clients).toHaveLength(2);
    expect(rows.contacts).toHaveLength(2);
    expect(rows.goals).toHaveLength(2);
    expect(rows.localOutbox!.length).toBeGreaterThan(6);
    for (const [store, storeRows] of Object.entries(rows))
      for (const row of storeRows) expect(row, store).toHaveProperty('_enc');
    for (const secret of SECRETS) {
      expect(stored, secret).not.toContain(secret);
      expect(device, secret).not.toContain(secret);
      expect(webStorage, secret).not.toContain(secret);
    }
    // Nor the session token (it sits encrypted in localSettings).
    expect(device).not.toMatch(/"token"/);
    expect(stored).not.toMatch(/"token"/);
    expect(problems).toEqual([]);
  });
});
