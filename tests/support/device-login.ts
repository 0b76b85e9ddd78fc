import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, type DemoAccount } from '../../sync-server/demo/demo-accounts';

export const DEMO_MANAGER = DEMO_ACCOUNTS.find((a) => a.role === 'manager')!;
export const DEMO_ADMIN = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;

/** A PIN the rules accept (6 digits, no run, no repetition). */
export const TEST_PIN = '482915';

const SLOW_MS = 20_000;

/**
 * The first start on a device, as a manager does it online: the login screen,
 * e-mail, password and device name, then a new PIN twice; waits until the
 * caseload shows. PBKDF2 and scrypt run for real, hence the longer waits.
 */
export async function logInOnDevice(
  page: Page,
  options: { account?: DemoAccount; pin?: string; deviceName?: string } = {},
): Promise<void> {
  const { account = DEMO_MANAGER, pin = TEST_PIN, deviceName } = options;
  await page.getByRole('heading', { name: 'Anmelden' }).waitFor({ timeout: SLOW_MS });
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel('Passwort', { exact: true }).fill(account.password);
  if (deviceName) await page.getByLabel('Name dieses Geräts').fill(deviceName);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { name: 'PIN festlegen' }).waitFor({ timeout: SLOW_MS });
  await page.getByLabel('PIN oder Passwort', { exact: true }).fill(pin);
  await page.getByLabel('PIN oder Passwort wiederholen').fill(pin);
  await page.getByRole('button', { name: 'PIN festlegen und Lotse öffnen' }).click();
  await page.getByRole('heading', { name: 'Meine Fälle' }).waitFor({ timeout: SLOW_MS });
}

/** Types the PIN on the unlock screen and submits it; `label`/`button` for other languages. */
export async function enterPin(
  page: Page,
  pin = TEST_PIN,
  texts = { heading: 'Lotse entsperren', label: 'PIN oder Passwort', button: 'Entsperren' },
): Promise<void> {
  await page.getByRole('heading', { name: texts.heading }).waitFor({ timeout: SLOW_MS });
  await page.getByLabel(texts.label, { exact: true }).fill(pin);
  await page.getByRole('button', { name: texts.button, exact: true }).click();
}

/** Unlocks with the right PIN and waits for the app's navigation. */
export async function unlockDevice(page: Page, pin = TEST_PIN): Promise<void> {
  await enterPin(page, pin);
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor({ timeout: SLOW_MS });
}
