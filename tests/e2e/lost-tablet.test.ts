import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { revokeDevice } from '../support/admin-api';
import { createClient } from '../support/casework-ui';
import { collectConsoleProblems } from '../support/console-problems';
import { lotseInChromium } from '../support/lotse-in-chromium';
import { DEMO_MANAGER, enterPin, logInOnDevice } from '../support/device-login';
import { databaseNames, dumpDatabase } from '../support/raw-indexeddb';

const USER_DATABASE = `lotse-${DEMO_MANAGER.id}`;
const REVOKED_TEXT = 'Dieses Gerät wurde von der Administration gesperrt.';

/** The browser reports the revocation's 401 as a failed resource; that one is expected. */
function unexpected(problems: string[]): string[] {
  return problems.filter((p) => !/status of 401/.test(p));
}

async function tabletWithData(browser: Browser, url: string, deviceName: string) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const problems = collectConsoleProblems(page);
  await page.goto(url);
  await logInOnDevice(page, { deviceName });
  await createClient(page, 'Dawit', 'Tesfamariam');
  expect(await databaseNames(page)).toContain(USER_DATABASE);
  return { context, page, problems };
}

async function expectWiped(page: Page) {
  await page.getByTestId('login-notice').filter({ hasText: REVOKED_TEXT }).waitFor();
  await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
  await expect.poll(() => databaseNames(page)).not.toContain(USER_DATABASE);
  const device = JSON.parse((await dumpDatabase(page, 'lotse-device'))!) as {
    accounts: unknown[];
  };
  expect(device.accounts).toEqual([]);
}

describe('a lost tablet', () => {
  const lab = lotseInChromium();

  it('deletes its data when it comes back online after an admin revoked it', async () => {
    const { context, page, problems } = await tabletWithData(
      lab.browser,
      lab.server.url,
      'Tablet GU 1',
    );
    await context.setOffline(true);
    await revokeDevice(lab.server.url, 'Tablet GU 1');
    await context.setOffline(false);
    await expectWiped(page);
    expect(await page.getByText('Tesfamariam').count()).toBe(0);
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });

  it('deletes its data at the first contact after unlocking', async () => {
    const { context, page, problems } = await tabletWithData(
      lab.browser,
      lab.server.url,
      'Tablet GU 2',
    );
    await page.getByRole('button', { name: 'Sperren' }).click();
    await revokeDevice(lab.server.url, 'Tablet GU 2');
    await page.reload();
    await enterPin(page);
    await expectWiped(page);
    expect(unexpected(problems)).toEqual([]);
    await context.close();
  });
});
