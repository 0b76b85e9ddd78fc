import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectConsoleProblems } from '../support/console-problems';
import { lotseInChromium } from '../support/lotse-in-chromium';
import { logInOnDevice } from '../support/device-login';

/** Where the screen's content starts and where the header and its links, buttons and badge are. */
function layout(page: Page) {
  return page.evaluate(() => {
    // In the document, not the viewport: the click on a step may scroll it.
    const box = (element: Element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return [x, y + scrollY, width, height].map(Math.round).join(',');
    };
    const header = document.querySelector('.shell-header')!;
    return {
      header: box(header),
      // Its height changes with what an edit shows; where it starts must not.
      mainTop: Math.round(document.querySelector('main')!.getBoundingClientRect().y + scrollY),
      // The sync status button is left out: it is what says what changed.
      controls: [...header.querySelectorAll('nav a, .auth-bar button, .network-badge')].map(box),
    };
  });
}

const PENDING = '.sync-pill-pending';

/**
 * Going offline, editing, and coming back online (which syncs): in shared
 * accommodation the network comes and goes all day, and the screen must not
 * jump under a finger each time (src/app/styles.css, `.shell-header`).
 */
describe('the header holds still', () => {
  const lab = lotseInChromium({ demoClients: 3 });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
    { width: 800, height: 1280 },
  ])
    it(`when the network comes and goes and a sync runs, at ${viewport.width}×${viewport.height}`, async () => {
      const context = await lab.browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        const problems = collectConsoleProblems(page);
        await page.goto(lab.server.url);
        await logInOnDevice(page);
        await page.locator('[data-testid="caseload-row"] a').first().click();
        const step = page.locator('li.step button').first();
        await step.waitFor();
        await page.getByText('Alles übertragen').waitFor();
        const synced = await layout(page);

        await context.setOffline(true);
        await page.getByTestId('network-status').filter({ hasText: 'Offline' }).waitFor();
        await page.getByText('Alles auf diesem Gerät gespeichert').waitFor();
        expect(await layout(page)).toEqual(synced);

        await step.click();
        await page.locator(PENDING).filter({ hasText: '1 Änderung' }).waitFor();
        expect(await layout(page)).toEqual(synced);

        await context.setOffline(false);
        await page.locator(PENDING).waitFor({ state: 'detached', timeout: 15_000 });
        await page.getByText('Alles übertragen').waitFor();
        expect(await layout(page)).toEqual(synced);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
});
