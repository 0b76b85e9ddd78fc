import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isoDaysFromNow, addGoal, createClient } from '../support/casework-ui';
import { collectConsoleProblems } from '../support/console-problems';
import { lotseInChromium } from '../support/lotse-in-chromium';
import { logInOnDevice } from '../support/device-login';

const SLOW_MS = 30_000;
const GOAL = 'Eine eigene Wohnung in Mannheim finden';

/** Presses "Jetzt synchronisieren" in the status panel and waits for the run's real outcome. */
async function syncNow(page: Page) {
  const status = page.getByTestId('sync-status');
  await status.locator('.sync-pill').click();
  await status.getByRole('button', { name: 'Jetzt synchronisieren' }).click();
  await expect
    .poll(() => status.getByRole('status').textContent(), { timeout: SLOW_MS })
    .toMatch(/Synchronisierung abgeschlossen|nicht gelungen/);
  expect(await status.getByRole('status').textContent()).toContain(
    'Synchronisierung abgeschlossen',
  );
  await status.locator('.sync-pill').click();
}

function dayMonthYear(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

describe('two tablets of one manager, offline at the same time', () => {
  const lab = lotseInChromium();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++)
      contexts.push(
        await lab.browser.newContext({
          viewport: { width: 1024, height: 768 },
          locale: 'de-DE',
          timezoneId: 'Europe/Berlin',
        }),
      );
  });

  it('keeps both edits of one goal and puts the losing target date in the conflict inbox', async () => {
    const [first, second] = await Promise.all(contexts.map((c) => c.newPage()));
    const problems = [collectConsoleProblems(first!), collectConsoleProblems(second!)];
    for (const [page, name] of [
      [first!, 'Tablet A'],
      [second!, 'Tablet B'],
    ] as const) {
      await page.goto(lab.server.url);
      await logInOnDevice(page, { deviceName: name });
    }

    // Tablet A registers the client and the goal; tablet B receives them.
    const caseId = await createClient(first!, 'Selam', 'Tesfaye');
    await addGoal(first!, GOAL);
    await syncNow(first!);
    await syncNow(second!);
    await second!
      .getByRole('link', { name: /Tesfaye, Selam/ })
      .first()
      .click();
    await second!.getByRole('article', { name: GOAL }).waitFor({ timeout: SLOW_MS });
    expect(new URL(second!.url()).pathname).toContain(caseId);

    // Both go offline and change the same goal: A its text and target date, B its status and target date.
    for (const context of contexts) await context.setOffline(true);
    const textOfA = 'Eine eigene Wohnung in Mannheim oder Heidelberg finden';
    const dateOfA = isoDaysFromNow(120);
    const dateOfB = isoDaysFromNow(150);
    const goalOnA = first!.getByRole('article', { name: GOAL });
    await goalOnA.getByRole('button', { name: 'Ziel bearbeiten' }).click();
    const formOnA = first!.getByRole('form', { name: 'Ziel bearbeiten' });
    await formOnA.getByLabel('Ziel (Deutsch)').fill(textOfA);
    await formOnA.getByLabel('Zieldatum').fill(dateOfA);
    await formOnA.getByRole('button', { name: 'Speichern' }).click();
    await first!.getByRole('article', { name: textOfA }).waitFor();

    const goalOnB = second!.getByRole('article', { name: GOAL });
    await goalOnB.getByRole('button', { name: 'Ziel bearbeiten' }).click();
    const formOnB = second!.getByRole('form', { name: 'Ziel bearbeiten' });
    await formOnB.getByLabel('Zieldatum').fill(dateOfB);
    await formOnB.getByRole('button', { name: 'Speichern' }).click();
    await goalOnB.getByText(`Zieldatum: ${dayMonthYear(dateOfB)}`).waitFor();
    await goalOnB.getByLabel('Status ändern').selectOption({ label: 'erreicht' });
    await expect.poll(() => goalOnB.locator('.badge').first().textContent()).toBe('erreicht');

    // Back online: A syncs, then B (its later target date wins), then A again.
    for (const context of contexts) await context.setOffline(false);
    await syncNow(first!);
    await syncNow(second!);
    await syncNow(first!);

    for (const page of [first!, second!]) {
      const goal = page.getByRole('article', { name: textOfA });
      await goal.waitFor({ timeout: SLOW_MS });
      await goal.getByText(`Zieldatum: ${dayMonthYear(dateOfB)}`).waitFor({ timeout: SLOW_MS });
      expect(await goal.getByLabel('Status ändern').inputValue()).toBe('achieved');
      const badge = page.getByTestId('conflict-badge');
      await badge.waitFor({ timeout: SLOW_MS });
      expect(await badge.textContent()).toBe('1 Konflikt');
      await page.getByRole('button', { name: 'Ansehen' }).click();
      const item = page.locator('.conflict-item');
      expect(await item.textContent()).toContain(dayMonthYear(dateOfA));
    }

    // Restoring on B writes A's date back as a new edit, and it reaches A.
    await second!
      .locator('.conflict-item')
      .getByRole('button', { name: 'Wiederherstellen' })
      .click();
    await second!.getByTestId('conflict-badge').waitFor({ state: 'detached' });
    await syncNow(second!);
    await syncNow(first!);
    await first!
      .getByRole('article', { name: textOfA })
      .getByText(`Zieldatum: ${dayMonthYear(dateOfA)}`)
      .waitFor({ timeout: SLOW_MS });
    await first!.getByTestId('conflict-badge').waitFor({ state: 'detached' });
    for (const list of problems) expect(list).toEqual([]);
  });
});
