import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import type * as CryptoModule from '@/db/crypto/index';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { readDeviceAccount } from '@/db/device/device-accounts';
import { deviceDb } from '@/db/device/device-database';
import { readStoredSession } from '@/db/stored-session';
import { isUserDatabaseOpen } from '@/db/user-database';
import { useSessionStore } from '@/sync/session-store';
import {
  APP_CONTENT,
  failure,
  loginAnswer,
  meAnswers,
  MIRA,
  PIN,
  renderGate,
  resetDevice,
  stubServer,
  tokenOf,
} from './auth-test-support';

// The real PBKDF2 count (600,000) takes a second per key in Node; the flow is the same with fewer.
vi.mock('@/db/crypto/index', async (importOriginal) => {
  const crypto = await importOriginal<typeof CryptoModule>();
  return {
    ...crypto,
    createKeyring: (pin: string) => crypto.createKeyring(pin, { iterations: 1000 }),
  };
});

async function fillLogin(email = MIRA.email, password = 'richtig-geheim') {
  await userEvent.type(await screen.findByLabelText('E-Mail-Adresse'), email);
  await userEvent.type(screen.getByLabelText('Passwort'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
}

async function choosePin(pin: string, repeated = pin) {
  const field = await screen.findByLabelText('PIN oder Passwort');
  await userEvent.clear(field);
  await userEvent.type(field, pin);
  const repeat = screen.getByLabelText('PIN oder Passwort wiederholen');
  await userEvent.clear(repeat);
  await userEvent.type(repeat, repeated);
  await userEvent.click(screen.getByRole('button', { name: 'PIN festlegen und Lotse öffnen' }));
}

describe('the first start on a device', () => {
  beforeEach(resetDevice);
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('says that the first login needs a connection, and sends nothing offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const server = stubServer({});
    await renderGate();
    expect(await screen.findByRole('heading', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Die erste Anmeldung auf diesem Gerät braucht eine Internetverbindung',
    );
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeDisabled();
    expect(server.calls).toEqual([]);
  });

  it('asks for what is missing, and says why the server refused', async () => {
    stubServer({ 'POST /api/v1/auth/login': () => failure(401, 'invalid_credentials') });
    await renderGate();
    await userEvent.click(await screen.findByRole('button', { name: 'Anmelden' }));
    expect(screen.getByText('Bitte geben Sie Ihre E-Mail-Adresse ein.')).toBeInTheDocument();
    expect(screen.getByText('Bitte geben Sie Ihr Passwort ein.')).toBeInTheDocument();
    await fillLogin(MIRA.email, 'falsch');
    expect(await screen.findByText('E-Mail-Adresse oder Passwort ist falsch.')).toBeInTheDocument();
  });

  it('says so when the server cannot be reached', async () => {
    stubServer({ 'POST /api/v1/auth/login': () => 'offline' });
    await renderGate();
    await fillLogin();
    expect(await screen.findByRole('alert')).toHaveTextContent('Keine Verbindung zum Server');
  });

  it('logs in with a device id and an editable device name, sets a PIN and opens the app', async () => {
    const server = stubServer({
      'POST /api/v1/auth/login': () => ({ status: 200, body: loginAnswer(MIRA) }),
      'GET /api/v1/me': meAnswers(MIRA),
    });
    await renderGate();
    const name = await screen.findByLabelText<HTMLInputElement>('Name dieses Geräts');
    await waitFor(() => expect(name.value).toMatch(/^Tablet [0-9a-f]{4}$/));
    await userEvent.clear(name);
    await userEvent.type(name, 'Tablet GU Hafenstraße');
    await fillLogin();

    expect(await screen.findByRole('heading', { name: 'PIN festlegen' })).toBeInTheDocument();
    expect(server.calls[0]!.body).toEqual({
      email: MIRA.email,
      password: 'richtig-geheim',
      deviceId: expect.stringMatching(/^[0-9a-f]{32}$/),
      deviceName: 'Tablet GU Hafenstraße',
    });
    expect(server.calls[0]!.token).toBeUndefined();

    await choosePin('48291');
    expect(screen.getByText(/Zu kurz: mindestens 6 Ziffern/)).toBeInTheDocument();
    await choosePin('123456');
    expect(screen.getByText(/Zu leicht zu erraten/)).toBeInTheDocument();
    await choosePin(PIN, '482916');
    expect(screen.getByText('Die beiden Eingaben stimmen nicht überein.')).toBeInTheDocument();
    expect(await deviceDb.accounts.count()).toBe(0);

    await choosePin(PIN);
    expect(await screen.findByText(APP_CONTENT)).toBeInTheDocument();
    expect(useSessionStore.getState()).toMatchObject({ user: MIRA, token: tokenOf(MIRA) });
    expect(isUserDatabaseOpen(MIRA.id)).toBe(true);
    expect(db.name).toBe('lotse-user-mira');
    expect(await readStoredSession()).toMatchObject({ token: tokenOf(MIRA), user: MIRA });
    const account = await readDeviceAccount(MIRA.id);
    expect(account).toMatchObject({
      displayName: 'Mira Muster',
      role: 'manager',
      failedAttempts: 0,
    });
    expect(JSON.stringify(account)).not.toContain(tokenOf(MIRA));
    expect((await Dexie.getDatabaseNames()).sort()).toEqual(['lotse-device', 'lotse-user-mira']);
    // Unlocking is followed by the device's first contact with the server.
    await waitFor(() => expect(server.calls.map((c) => c.route)).toContain('GET /api/v1/me'));
  });

  it('ends the new server session when the PIN setup is cancelled', async () => {
    const server = stubServer({
      'POST /api/v1/auth/login': () => ({ status: 200, body: loginAnswer(MIRA) }),
      'POST /api/v1/auth/logout': () => ({ status: 204 }),
    });
    await renderGate();
    await fillLogin();
    await userEvent.click(await screen.findByRole('button', { name: 'Abbrechen' }));
    expect(await screen.findByRole('heading', { name: 'Anmelden' })).toBeInTheDocument();
    await waitFor(() =>
      expect(server.calls.at(-1)).toMatchObject({
        route: 'POST /api/v1/auth/logout',
        token: tokenOf(MIRA),
      }),
    );
    expect(await deviceDb.accounts.count()).toBe(0);
  });
});
