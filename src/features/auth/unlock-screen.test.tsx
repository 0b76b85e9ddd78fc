import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import type * as CryptoModule from '@/db/crypto/index';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { readDeviceAccount } from '@/db/device/device-accounts';
import { readSetting, SettingKey, writeSetting } from '@/db/local-settings';
import { readStoredSession } from '@/db/stored-session';
import { isUserDatabaseOpen } from '@/db/user-database';
import { useSessionStore } from '@/sync/session-store';
import {
  APP_CONTENT,
  enterPin,
  loginAnswer,
  meAnswers,
  MIRA,
  personOnDevice,
  renderGate,
  resetDevice,
  settle,
  stubServer,
  SVEN,
  tokenOf,
  unlockWithPin,
  WRONG_PIN,
} from './auth-test-support';

vi.mock('@/db/crypto/index', async (importOriginal) => {
  const crypto = await importOriginal<typeof CryptoModule>();
  return {
    ...crypto,
    createKeyring: (pin: string) => crypto.createKeyring(pin, { iterations: 1000 }),
  };
});

const WARNING = /Nach 5 falschen Eingaben werden die Daten dieses Kontos auf diesem Gerät gelöscht/;

describe('unlocking on a later start', () => {
  beforeEach(async () => {
    await resetDevice();
    stubServer({ 'GET /api/v1/me': meAnswers(MIRA) });
    await personOnDevice(MIRA, () => writeSetting(SettingKey.orgId, 'Miras Daten'));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('names the person and opens their data with the right PIN, offline too', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await renderGate();
    expect(await screen.findByRole('heading', { name: 'Lotse entsperren' })).toBeInTheDocument();
    expect(screen.getByText('Mira Muster – Integrationsmanager:in')).toBeInTheDocument();
    await unlockWithPin();
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');
    expect(useSessionStore.getState()).toMatchObject({ user: MIRA, token: tokenOf(MIRA) });
  });

  it('counts wrong PINs, warns from the third, and a right PIN starts afresh', async () => {
    await renderGate();
    await enterPin(WRONG_PIN);
    expect(await screen.findByText('Falsche PIN. Noch 4 Versuche.')).toBeInTheDocument();
    expect(screen.queryByText(WARNING)).not.toBeInTheDocument();
    await enterPin('');
    expect(screen.getByText('Bitte geben Sie Ihre PIN ein.')).toBeInTheDocument();
    await enterPin(WRONG_PIN);
    await enterPin(WRONG_PIN);
    expect(await screen.findByText('Falsche PIN. Noch 2 Versuche.')).toBeInTheDocument();
    expect(await screen.findByText(WARNING)).toHaveTextContent('noch nicht synchronisiert');
    expect((await readDeviceAccount(MIRA.id))?.failedAttempts).toBe(3);
    expect(isUserDatabaseOpen(MIRA.id)).toBe(false);

    await unlockWithPin();
    expect((await readDeviceAccount(MIRA.id))?.failedAttempts).toBe(0);
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');
  });

  it('deletes the account’s data on this device at the fifth wrong PIN', async () => {
    await personOnDevice(SVEN, () => writeSetting(SettingKey.orgId, 'Svens Daten'), '2026-11-02');
    await renderGate();
    await screen.findByRole('radio', { name: 'Mira Muster – Integrationsmanager:in' });
    for (let i = 0; i < 4; i++) await enterPin(WRONG_PIN);
    expect(await screen.findByText('Falsche PIN. Noch 1 Versuch.')).toBeInTheDocument();
    await enterPin(WRONG_PIN);

    expect(await screen.findByRole('heading', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByTestId('login-notice')).toHaveTextContent(
      'Die PIN wurde 5-mal falsch eingegeben. Zum Schutz wurden alle Lotse-Daten von Mira Muster auf diesem Gerät gelöscht, auch Änderungen, die noch nicht synchronisiert waren.',
    );
    expect(await readDeviceAccount(MIRA.id)).toBeUndefined();
    await waitFor(async () =>
      expect(await Dexie.getDatabaseNames()).not.toContain('lotse-user-mira'),
    );

    // Sven's data is untouched.
    await userEvent.click(screen.getByRole('button', { name: 'Zurück zum Entsperren' }));
    expect(await screen.findByText('Sven Beispiel – Koordination')).toBeInTheDocument();
    await unlockWithPin();
    expect(await readSetting(SettingKey.orgId)).toBe('Svens Daten');
  });

  it('lets another person log in to a database of their own, without opening the first', async () => {
    stubServer({
      'POST /api/v1/auth/login': () => ({ status: 200, body: loginAnswer(SVEN) }),
      'GET /api/v1/me': meAnswers(SVEN),
    });
    await renderGate();
    await userEvent.click(await screen.findByRole('button', { name: 'Andere Person anmelden' }));
    await userEvent.type(await screen.findByLabelText('E-Mail-Adresse'), SVEN.email);
    await userEvent.type(screen.getByLabelText('Passwort'), 'svens-passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    await userEvent.type(await screen.findByLabelText('PIN oder Passwort'), '739164');
    await userEvent.type(screen.getByLabelText('PIN oder Passwort wiederholen'), '739164');
    await userEvent.click(screen.getByRole('button', { name: 'PIN festlegen und Lotse öffnen' }));
    await screen.findByText(APP_CONTENT);

    expect(db.name).toBe('lotse-user-sven');
    expect(await readSetting(SettingKey.orgId)).toBe(SVEN.orgId);
    expect(useSessionStore.getState().user).toEqual(SVEN);
    expect((await Dexie.getDatabaseNames()).sort()).toEqual([
      'lotse-device',
      'lotse-user-mira',
      'lotse-user-sven',
    ]);
    expect((await readDeviceAccount(MIRA.id))?.failedAttempts).toBe(0);
  });

  it('unlocks a person who logs in again with their existing PIN, and keeps the new token', async () => {
    stubServer({
      'POST /api/v1/auth/login': () => ({ status: 200, body: loginAnswer(MIRA, 2) }),
      'GET /api/v1/me': meAnswers(MIRA),
    });
    await renderGate();
    await userEvent.click(await screen.findByRole('button', { name: 'Andere Person anmelden' }));
    await userEvent.type(await screen.findByLabelText('E-Mail-Adresse'), MIRA.email);
    await userEvent.type(screen.getByLabelText('Passwort'), 'miras-passwort');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(
      await screen.findByText(/Auf diesem Gerät gibt es schon Daten von Ihnen/),
    ).toBeInTheDocument();
    await unlockWithPin();
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');
    expect((await readStoredSession())?.token).toBe(tokenOf(MIRA, 2));
    expect(useSessionStore.getState().token).toBe(tokenOf(MIRA, 2));
    await settle();
  });
});
