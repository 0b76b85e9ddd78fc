import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../sync-server/start-server';
import { addGoal, createClient } from '../support/casework-ui';
import { launchChromium } from '../support/chromium';
import { collectConsoleProblems } from '../support/console-problems';
import {
  DEMO_MANAGER,
  enterPin,
  logInOnDevice,
  TEST_PIN,
  unlockDevice,
} from '../support/device-login';
import { startLotse } from '../support/lotse-server';
import { dumpDatabase, tamperWithRow } from '../support/raw-indexeddb';

const USER_DATABASE = `lotse-${DEMO_MANAGER.id}`;
const WRONG_PIN = '902716';
const DAMAGED_TEXT = 'Ein Datensatz auf diesem Gerät ist beschädigt oder wurde verändert';

async function lockNow(page: Page) {
  await page.getByRole('button', { name: 'Sperren' }).click();
  await page.getByRole('heading', { name: 'Lotse entsperren' }).waitFor();
}

async function expectInCaseload(page: Page, lastNames: string[]) {
  await page.getByRole('link', { name: 'Meine Fälle' }).click();
  for (const name of lastNames)
    await page.getByTestId('caseload-row').filter({ hasText: name }).waitFor();
}

/** The stored goal rows of one case (their plain `scope` is the case id), read raw. */
async function storedGoalIds(page: Page, caseId: string): Promise<string[]> {
  const rows = JSON.parse((await dumpDatabase(page, USER_DATABASE))!) as {
    goals: { id: string; scope: string }[];
  };
  return rows.goals.filter((goal) => goal.scope === caseId).map((goal) => goal.id);
}

describe('unlocking safely', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let caseOfNaima: string;
  let caseOfYonas: string;

  beforeAll(async () => {
    server = await startLotse();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    problems = collectConsoleProblems(page);
    await page.goto(server.url);
    await logInOnDevice(page);
    caseOfNaima = await createClient(page, 'Naima', 'Abdikarim');
    await addGoal(page, 'Sprachkurs Stufe B1 beginnen');
    caseOfYonas = await createClient(page, 'Yonas', 'Ghebremedhin');
    await addGoal(page, 'Ausbildungsplatz als Elektroniker finden');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers wrong PINs with the attempts left, warns from the third, and loses no data', async () => {
    await lockNow(page);
    await enterPin(page, WRONG_PIN);
    await page.getByText('Falsche PIN. Noch 4 Versuche.').waitFor();
    expect(await page.getByTestId('wipe-warning').count()).toBe(0);
    await enterPin(page, WRONG_PIN);
    await page.getByText('Falsche PIN. Noch 3 Versuche.').waitFor();
    await enterPin(page, WRONG_PIN);
    await page.getByText('Falsche PIN. Noch 2 Versuche.').waitFor();
    await page
      .getByTestId('wipe-warning')
      .filter({ hasText: 'Nach 5 falschen Eingaben werden die Daten dieses Kontos' })
      .filter({ hasText: 'noch nicht synchronisiert' })
      .waitFor();

    // The warning survives a reload: the count is kept on the device.
    await page.reload();
    await page.getByTestId('wipe-warning').waitFor();
    await unlockDevice(page, TEST_PIN);
    await expectInCaseload(page, ['Abdikarim', 'Ghebremedhin']);

    // The right PIN started the count afresh.
    await lockNow(page);
    await enterPin(page, WRONG_PIN);
    await page.getByText('Falsche PIN. Noch 4 Versuche.').waitFor();
    await unlockDevice(page, TEST_PIN);
    await expectInCaseload(page, ['Abdikarim', 'Ghebremedhin']);
    expect(problems).toEqual([]);
  });

  it('shows a clear message for a tampered record and keeps the rest readable', async () => {
    await lockNow(page);
    const [goalId] = await storedGoalIds(page, caseOfNaima);
    await tamperWithRow(page, USER_DATABASE, 'goals', goalId!);
    await page.goto(`${server.url}/cases/${caseOfNaima}/plan`);
    await unlockDevice(page);
    await page.getByRole('alert').filter({ hasText: DAMAGED_TEXT }).waitFor();
    expect(await page.getByText('Sprachkurs Stufe B1 beginnen').count()).toBe(0);

    // Navigation still works, and everything else reads.
    await expectInCaseload(page, ['Abdikarim', 'Ghebremedhin']);
    await page.goto(`${server.url}/cases/${caseOfYonas}/plan`);
    await unlockDevice(page);
    await page.getByText('Ausbildungsplatz als Elektroniker finden').waitFor();
    expect(await page.getByText(DAMAGED_TEXT).count()).toBe(0);
    // React reports the error its boundary caught; nothing else may have gone wrong.
    expect(problems.filter((p) => !/TamperedDataError|failed authentication/.test(p))).toEqual([]);
  });

  it('keeps working with its data when the session expired, and logs in again from the notice', async () => {
    await server.storage.db
      .updateTable('device_sessions')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('user_id', '=', DEMO_MANAGER.id)
      .where('ended_at', 'is', null)
      .execute();
    // Coming back online is one of the moments the device asks the server about its session.
    await context.setOffline(true);
    await context.setOffline(false);
    const notice = page.getByRole('status').filter({
      hasText: 'Ihre Anmeldung auf diesem Gerät ist abgelaufen. Sie können offline weiterarbeiten',
    });
    await notice.waitFor();
    await expectInCaseload(page, ['Abdikarim', 'Ghebremedhin']);

    await notice.getByRole('button', { name: 'Neu anmelden' }).click();
    await notice.getByLabel('Passwort').fill(DEMO_MANAGER.password);
    await notice.getByRole('button', { name: 'Anmelden' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await unlockDevice(page);
    await expectInCaseload(page, ['Abdikarim', 'Ghebremedhin']);
    expect(await page.getByText('Ihre Anmeldung auf diesem Gerät ist abgelaufen').count()).toBe(0);
  });
});
