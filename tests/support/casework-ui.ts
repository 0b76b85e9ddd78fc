import type { Page } from 'playwright-core';

/** A date `days` from today as the date inputs take it (YYYY-MM-DD, local time). */
export function isoDaysFromNow(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Registers a client through the UI and waits on their new case page; answers the case id. */
export async function createClient(page: Page, firstName: string, lastName: string) {
  await page.getByRole('link', { name: 'Meine Fälle' }).click();
  await page.getByRole('link', { name: 'Neue Klientin / neuer Klient' }).click();
  await page.getByLabel('Vorname').fill(firstName);
  await page.getByLabel('Nachname').fill(lastName);
  await page.getByRole('button', { name: 'Anlegen und Fallakte eröffnen' }).click();
  await page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` }).waitFor();
  return new URL(page.url()).pathname.split('/')[2]!;
}

/** On a case page: logs a contact with `note`. */
export async function addContact(page: Page, note: string) {
  await page.getByRole('link', { name: 'Kontakte', exact: true }).click();
  await page.getByLabel('Dauer (Minuten)').fill('30');
  await page.getByLabel('Art des Kontakts').selectOption({ label: 'persönlich' });
  await page.getByLabel('Notiz').fill(note);
  await page.getByRole('button', { name: 'Kontakt speichern' }).click();
  await page.getByText('Der Kontakt wurde gespeichert.').waitFor();
}

/** On a case page: adds a goal in the life area "Wohnen". */
export async function addGoal(page: Page, text: string) {
  await page.getByRole('link', { name: 'Integrationsplan', exact: true }).click();
  await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
  const form = page.getByRole('form', { name: 'Neues Ziel' });
  await form.getByLabel('Lebensbereich').selectOption({ label: 'Wohnen' });
  await form.getByLabel('Ziel (Deutsch)').fill(text);
  await form.getByLabel('Zieldatum').fill(isoDaysFromNow(200));
  await form.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('article', { name: text }).waitFor();
}
