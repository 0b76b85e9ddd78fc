import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as CryptoModule from '@/db/crypto/index';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDeviceAccount } from '@/db/device/device-accounts';
import { deviceDb } from '@/db/device/device-database';
import { readSetting, SettingKey, writeSetting } from '@/db/local-settings';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { AccountSection } from './account-section';
import { AuthGate } from './auth-gate';
import {
  APP_CONTENT,
  enterPin,
  meAnswers,
  MIRA,
  personOnDevice,
  PIN,
  resetDevice,
  stubServer,
  unlockWithPin,
  WRONG_PIN,
} from './auth-test-support';
import { lock } from './lock';

// The app's 600,000 PBKDF2 iterations would make every re-wrap slow; the rest is the real keyring.
vi.mock('@/db/crypto/index', async (importOriginal) => {
  const crypto = await importOriginal<typeof CryptoModule>();
  return {
    ...crypto,
    changePin: (stored: unknown, oldPin: string, newPin: string) =>
      crypto.changePin(stored, oldPin, newPin, { iterations: 1000 }),
  };
});

const NEW_PIN = '730418';
const WARNING = /Nach 5 falschen Eingaben werden die Daten dieses Kontos auf diesem Gerät gelöscht/;

async function openChangePin() {
  await renderWithI18n(
    <AuthGate>
      <p>{APP_CONTENT}</p>
      <AccountSection />
    </AuthGate>,
  );
  await unlockWithPin();
  const section = await screen.findByRole('region', { name: 'Konto auf diesem Gerät' });
  await userEvent.click(within(section).getByRole('button', { name: 'PIN ändern' }));
  return within(screen.getByRole('form', { name: 'PIN ändern' }));
}

async function fillIn(
  form: ReturnType<typeof within>,
  values: { current: string; next: string; repeat: string },
) {
  const fields = [
    ['Bisherige PIN oder bisheriges Passwort', values.current],
    ['Neue PIN oder neues Passwort', values.next],
    ['Neue PIN oder neues Passwort wiederholen', values.repeat],
  ] as const;
  for (const [label, value] of fields) {
    const field = form.getByLabelText(label);
    await userEvent.clear(field);
    if (value) await userEvent.type(field, value);
  }
  await userEvent.click(form.getByRole('button', { name: 'PIN ändern' }));
}

describe('changing the PIN in the settings', () => {
  beforeEach(async () => {
    await resetDevice();
    stubServer({ 'GET /api/v1/me': meAnswers(MIRA) });
    await personOnDevice(MIRA, () => writeSetting(SettingKey.orgId, 'Miras Daten'));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('stores the re-wrapped keyring: the new PIN unlocks the same data, the old one fails', async () => {
    const form = await openChangePin();
    await fillIn(form, { current: PIN, next: NEW_PIN, repeat: NEW_PIN });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Ihre PIN wurde geändert. Entsperren Sie Lotse auf diesem Gerät ab jetzt mit der neuen PIN.',
    );
    expect(screen.queryByRole('form', { name: 'PIN ändern' })).not.toBeInTheDocument();

    await act(() => lock());
    await enterPin(PIN);
    expect(await screen.findByText('Falsche PIN. Noch 4 Versuche.')).toBeInTheDocument();
    await enterPin(NEW_PIN);
    await screen.findByText(APP_CONTENT);
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');
  });

  it('counts a wrong current PIN like the unlock screen, and warns from the third', async () => {
    const keyring = (await readDeviceAccount(MIRA.id))?.keyring;
    const form = await openChangePin();
    await fillIn(form, { current: WRONG_PIN, next: NEW_PIN, repeat: NEW_PIN });
    expect(
      await form.findByText('Die bisherige PIN ist falsch. Noch 4 Versuche.'),
    ).toBeInTheDocument();
    expect(form.queryByText(WARNING)).not.toBeInTheDocument();
    expect(await readDeviceAccount(MIRA.id)).toMatchObject({ failedAttempts: 1, keyring });

    await fillIn(form, { current: WRONG_PIN, next: NEW_PIN, repeat: NEW_PIN });
    await form.findByText('Die bisherige PIN ist falsch. Noch 3 Versuche.');
    await fillIn(form, { current: WRONG_PIN, next: NEW_PIN, repeat: NEW_PIN });
    await form.findByText('Die bisherige PIN ist falsch. Noch 2 Versuche.');
    expect(await form.findByText(WARNING)).toBeInTheDocument();
    expect((await readDeviceAccount(MIRA.id))?.failedAttempts).toBe(3);
  });

  it('deletes the account’s data on this device at the fifth wrong PIN', async () => {
    const form = await openChangePin();
    await deviceDb.accounts.update(MIRA.id, { failedAttempts: 4 });
    await fillIn(form, { current: WRONG_PIN, next: NEW_PIN, repeat: NEW_PIN });
    expect(await screen.findByTestId('login-notice')).toHaveTextContent(
      'Die PIN wurde 5-mal falsch eingegeben.',
    );
    await waitFor(async () => expect(await readDeviceAccount(MIRA.id)).toBeUndefined());
  });

  it('shows what is wrong with the input and counts no attempt for it', async () => {
    const keyring = (await readDeviceAccount(MIRA.id))?.keyring;
    const form = await openChangePin();

    await fillIn(form, { current: '', next: NEW_PIN, repeat: NEW_PIN });
    expect(form.getByText('Bitte geben Sie Ihre bisherige PIN ein.')).toBeInTheDocument();
    await fillIn(form, { current: PIN, next: '4711', repeat: '4711' });
    expect(form.getByText(/^Zu kurz: mindestens 6 Ziffern/)).toBeInTheDocument();
    await fillIn(form, { current: PIN, next: '987654', repeat: '987654' });
    expect(form.getByText(/^Zu leicht zu erraten/)).toBeInTheDocument();
    await fillIn(form, { current: PIN, next: NEW_PIN, repeat: '730481' });
    expect(form.getByText('Die beiden Eingaben stimmen nicht überein.')).toBeInTheDocument();
    await fillIn(form, { current: PIN, next: PIN, repeat: PIN });
    expect(
      form.getByText('Die neue PIN muss sich von der bisherigen unterscheiden.'),
    ).toBeInTheDocument();

    expect(await readDeviceAccount(MIRA.id)).toMatchObject({ failedAttempts: 0, keyring });
  });
});
