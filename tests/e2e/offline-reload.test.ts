import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../sync-server/start-server';
import { launchChromium } from '../support/chromium';
import { collectConsoleProblems } from '../support/console-problems';
import { startLotse } from '../support/lotse-server';

function readLanguageSetting(page: Page) {
  return page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('lotse');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const read = open.result
            .transaction('localSettings')
            .objectStore('localSettings')
            .get('language');
          read.onsuccess = () => {
            resolve(read.result);
            open.result.close();
          };
          read.onerror = () => reject(new Error(String(read.error)));
        };
      }),
  );
}

describe('the installed app works offline', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startLotse();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reloads from the service worker with its IndexedDB data intact', async () => {
    const page = await context.newPage();
    const problems = collectConsoleProblems(page);
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Meine Fälle' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 20_000,
    });

    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByLabel('Sprache der Oberfläche').selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await readLanguageSetting(page)).toEqual({ key: 'language', value: 'en' });

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.getByTestId('network-status').textContent()).toBe(
      'Offline – everything is saved on this device',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await readLanguageSetting(page)).toEqual({ key: 'language', value: 'en' });

    // A screen not yet opened comes from the precache too.
    await page.getByRole('link', { name: 'My cases' }).click();
    await page.getByRole('heading', { name: 'My cases' }).waitFor();
    await page.getByText('No case files are stored on this device yet.').waitFor();

    await context.setOffline(false);
    expect(problems).toEqual([]);
  });
});
