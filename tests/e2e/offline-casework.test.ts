import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectConsoleProblems } from '../support/console-problems';
import { lotseInChromium, serviceWorkerInControl } from '../support/lotse-in-chromium';
import { logInOnDevice, unlockDevice } from '../support/device-login';

function isoDaysFromNow(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

async function addGoal(page: Page, lifeArea: string, text: string, targetDate: string) {
  await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  const form = page.getByRole('form', { name: 'Neues Ziel' });
  await form.getByLabel('Lebensbereich').selectOption({ label: lifeArea });
  await form.getByLabel('Ziel (Deutsch)').fill(text);
  await form.getByLabel('Zieldatum').fill(targetDate);
  await form.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('article', { name: text }).waitFor();
}

async function addStep(page: Page, goal: string, text: string, dueDate: string) {
  const article = page.getByRole('article', { name: goal });
  await article.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
  const form = article.getByRole('form', { name: 'Neue Maßnahme' });
  await form.getByLabel('Maßnahme').fill(text);
  await form.getByLabel('Fällig am').fill(dueDate);
  await form.getByRole('button', { name: 'Speichern' }).click();
  await article.getByText(text).waitFor();
}

describe('a manager’s day without network', () => {
  const lab = lotseInChromium();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await lab.browser.newContext({
      viewport: { width: 1024, height: 768 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
  });

  it('creates a client, a case, a contact, a plan and outcomes offline, and finds them after a reload', async () => {
    const page = await context.newPage();
    const problems = collectConsoleProblems(page);
    await page.goto(lab.server.url);
    // The first login on a device is online; every later start unlocks offline with the PIN.
    await logInOnDevice(page);
    await serviceWorkerInControl(page);
    // From here on the tablet has no network, as in shared accommodation.
    await context.setOffline(true);
    await page.reload();
    await unlockDevice(page);
    await page.getByRole('heading', { name: 'Meine Fälle' }).waitFor();

    await page.getByRole('link', { name: 'Neue Klientin / neuer Klient' }).click();
    await page.getByLabel('Vorname').fill('Samira');
    await page.getByLabel('Nachname').fill('Yousef');
    await page.getByLabel('Geburtsdatum').fill('1994-03-17');
    await page.getByRole('button', { name: 'Anlegen und Fallakte eröffnen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samira Yousef' }).waitFor();

    await page.getByRole('link', { name: 'Kontakte', exact: true }).click();
    await page.getByLabel('Dauer (Minuten)').fill('45');
    await page.getByLabel('Art des Kontakts').selectOption({ label: 'persönlich' });
    await page.getByLabel('Notiz').fill('Erstgespräch in der Gemeinschaftsunterkunft');
    await page.getByRole('button', { name: 'Kontakt speichern' }).click();
    await page.getByText('Der Kontakt wurde gespeichert.').waitFor();

    await page.getByRole('link', { name: 'Integrationsplan', exact: true }).click();
    await addGoal(
      page,
      'Sprache (Deutsch-Förderung)',
      'Deutschkurs B1 abschließen',
      isoDaysFromNow(180),
    );
    await addGoal(page, 'Wohnen', 'Eigene Wohnung finden', isoDaysFromNow(365));
    await addStep(
      page,
      'Deutschkurs B1 abschließen',
      'Anmeldung beim Sprachkursträger',
      isoDaysFromNow(14),
    );
    await addStep(page, 'Eigene Wohnung finden', 'WBS beantragen', isoDaysFromNow(30));

    await page.getByRole('link', { name: 'Indikatoren', exact: true }).click();
    await page.getByLabel('Sprachniveau Deutsch').selectOption('B1');
    await page.getByLabel('Niveau erreicht am').fill(isoDaysFromNow(-10));
    await page.getByLabel('Eigene Wohnung seit').fill(isoDaysFromNow(-3));
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Eigenständiges Leben: erfüllt (2 von 3)').waitFor();

    await page.reload();
    await unlockDevice(page);
    await page.getByText('Eigenständiges Leben: erfüllt (2 von 3)').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Samira Yousef' }).waitFor();
    await page.getByRole('link', { name: 'Integrationsplan', exact: true }).click();
    for (const text of [
      'Deutschkurs B1 abschließen',
      'Eigene Wohnung finden',
      'Anmeldung beim Sprachkursträger',
      'WBS beantragen',
    ])
      await page.getByText(text, { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Kontakte', exact: true }).click();
    await page.getByText('Erstgespräch in der Gemeinschaftsunterkunft').waitFor();
    await page.getByRole('link', { name: 'Meine Fälle' }).click();
    await page.getByTestId('caseload-row').filter({ hasText: 'Yousef' }).waitFor();

    await context.setOffline(false);
    expect(problems).toEqual([]);
  });
});
