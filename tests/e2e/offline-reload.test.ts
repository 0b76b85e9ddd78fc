import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleProblems } from '../support/console-problems';
import { lotseInChromium, serviceWorkerInControl } from '../support/lotse-in-chromium';
import { DEMO_MANAGER, enterPin, logInOnDevice } from '../support/device-login';

/** One row of a store, read with the raw IndexedDB API: what lies on the disk. */
function readRow(page: Page, database: string, store: string, key: string) {
  return page.evaluate(
    ({ database, store, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const read = open.result.transaction(store).objectStore(store).get(key);
          read.onsuccess = () => {
            resolve(read.result);
            open.result.close();
          };
          read.onerror = () => reject(new Error(String(read.error)));
        };
      }),
    { database, store, key },
  );
}

describe('the installed app works offline', () => {
  const lab = lotseInChromium();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await lab.browser.newContext({ viewport: { width: 1024, height: 768 } });
  });

  it('reloads from the service worker, unlocks offline, with its IndexedDB data intact', async () => {
    const page = await context.newPage();
    const problems = collectConsoleProblems(page);
    await page.goto(lab.server.url);
    await logInOnDevice(page);
    await serviceWorkerInControl(page);

    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByLabel('Sprache der Oberfläche').selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    // The person's own setting is encrypted in their database; the device keeps a plain copy
    // of the language only, for the screens before unlocking.
    const userDatabase = `lotse-${DEMO_MANAGER.id}`;
    const stored = (await readRow(page, userDatabase, 'localSettings', 'language')) as object;
    expect(Object.keys(stored).sort()).toEqual(['_enc', 'key']);
    await expect
      .poll(() => readRow(page, 'lotse-device', 'deviceSettings', 'language'))
      .toEqual({ key: 'language', value: 'en' });

    await context.setOffline(true);
    await page.reload();
    expect(await page.getByTestId('network-status').textContent()).toBe(
      'Offline – everything is saved on this device',
    );
    await enterPin(page, undefined, {
      heading: 'Unlock Lotse',
      label: 'PIN or passphrase',
      button: 'Unlock',
    });
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // A screen not yet opened comes from the precache too.
    await page.getByRole('link', { name: 'My cases' }).click();
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    await page.getByText('No case files are stored on this device yet.').waitFor();

    // Back online, the app syncs over the sync socket (which no service worker sees), and
    // then checks the device with GET /api/v1/me. API requests skip the service worker
    // (sw-api-network.js, static routing): Chromium says where that one went.
    const socket = page.waitForEvent('websocket', (ws) => ws.url().endsWith('/api/v1/sync/socket'));
    const checked = page.waitForResponse((r) => r.url().endsWith('/api/v1/me'));
    await context.setOffline(false);
    const answer = await (await socket).waitForEvent('framereceived');
    expect(JSON.parse(String(answer.payload))).toMatchObject({ status: 200 });
    await checked;
    await expect
      .poll(() =>
        page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('/api/v1/me'))
            .map(
              (e) =>
                (e as PerformanceEntry & { workerMatchedSourceType?: string })
                  .workerMatchedSourceType,
            )
            .at(-1),
        ),
      )
      .toBe('network');
    expect(problems).toEqual([]);
  });
});
