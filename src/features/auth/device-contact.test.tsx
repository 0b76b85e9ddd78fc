import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDeviceAccount } from '@/db/device/device-accounts';
import { readSetting, SettingKey, writeSetting } from '@/db/local-settings';
import { readStoredSession } from '@/db/stored-session';
import { apiRequest } from '@/sync/api-client';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { AuthGate } from './auth-gate';
import {
  APP_CONTENT,
  enterPin,
  failure,
  loginAnswer,
  meAnswers,
  MIRA,
  personOnDevice,
  PIN,
  resetDevice,
  settle,
  stubServer,
  SVEN,
  tokenOf,
  unlockWithPin,
} from './auth-test-support';
import { CHECK_AFTER_ONLINE_MS } from './device-contact';
import { SessionNotice } from './session-notice';

const REVOKED = 'Dieses Gerät wurde von der Administration gesperrt.';
const EXPIRED = 'Ihre Anmeldung auf diesem Gerät ist abgelaufen.';

function renderApp() {
  return renderWithI18n(
    <AuthGate>
      <SessionNotice />
      <p>{APP_CONTENT}</p>
    </AuthGate>,
  );
}

async function expectWiped(userId: string) {
  expect(await screen.findByTestId('login-notice')).toHaveTextContent(REVOKED);
  expect(screen.getByTestId('login-notice')).toHaveTextContent('Mira Muster');
  expect(useSessionStore.getState().token).toBeUndefined();
  expect(await readDeviceAccount(userId)).toBeUndefined();
  await waitFor(async () =>
    expect(await Dexie.getDatabaseNames()).not.toContain(`lotse-${userId}`),
  );
}

/** The browser comes online; the device check follows CHECK_AFTER_ONLINE_MS later. */
function comeOnline() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    act(() => void window.dispatchEvent(new Event('online')));
    act(() => void vi.advanceTimersByTime(CHECK_AFTER_ONLINE_MS));
  } finally {
    vi.useRealTimers();
  }
}

describe('the device’s contact with the server', () => {
  beforeEach(async () => {
    await resetDevice();
    await personOnDevice(MIRA, () => writeSetting(SettingKey.orgId, 'Miras Daten'));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('deletes the person’s data at once when the device was revoked', async () => {
    await personOnDevice(SVEN, undefined, '2026-11-02');
    const server = stubServer({ 'GET /api/v1/me': () => failure(401, 'device_revoked') });
    await renderApp();
    await userEvent.click(
      await screen.findByRole('radio', { name: 'Mira Muster – Integrationsmanager:in' }),
    );
    await enterPin(PIN);
    await expectWiped(MIRA.id);
    expect(server.calls).toEqual([
      { route: 'GET /api/v1/me', body: undefined, token: tokenOf(MIRA) },
    ]);
    // Another person on the same tablet keeps theirs.
    expect(await readDeviceAccount(SVEN.id)).toBeDefined();
    expect(await Dexie.getDatabaseNames()).toContain('lotse-user-sven');
  });

  it('checks whenever another API call hears a 401, and believes only the answer about its own session', async () => {
    let revoked = false;
    stubServer({
      'GET /api/v1/me': (request) =>
        revoked ? failure(401, 'device_revoked') : meAnswers(MIRA)(request),
      'GET /api/v1/sync': () => failure(401, 'device_revoked'),
    });
    await renderApp();
    await unlockWithPin();
    await settle();

    // A 401 about some other session (say, one that just ended) wipes nothing.
    await act(() => apiRequest('/v1/sync', z.unknown()));
    await settle();
    expect(screen.getByText(APP_CONTENT)).toBeInTheDocument();
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');

    revoked = true;
    await act(() => apiRequest('/v1/sync', z.unknown()));
    await expectWiped(MIRA.id);
  });

  it('checks again when the browser comes online', async () => {
    let revoked = false;
    stubServer({
      'GET /api/v1/me': (request) =>
        revoked ? failure(401, 'device_revoked') : meAnswers(MIRA)(request),
    });
    await renderApp();
    await unlockWithPin();
    await settle();
    revoked = true;
    comeOnline();
    await expectWiped(MIRA.id);
  });

  it('changes nothing on a network error or a server failure', async () => {
    let answer: 'offline' | ReturnType<typeof failure> = 'offline';
    const server = stubServer({ 'GET /api/v1/me': () => answer });
    await renderApp();
    await unlockWithPin();
    await settle();
    answer = failure(500, 'internal_error');
    comeOnline();
    await settle();
    expect(server.calls).toHaveLength(2);
    expect(screen.getByText(APP_CONTENT)).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');
  });

  it('keeps the data on an expired session, says so, and takes a new login from the notice', async () => {
    stubServer({
      'GET /api/v1/me': ({ token }) =>
        token === tokenOf(MIRA, 2)
          ? meAnswers(MIRA)({ body: undefined, token })
          : failure(401, 'session_expired'),
      'POST /api/v1/auth/login': ({ body }) =>
        (body as { password: string }).password === 'miras-passwort'
          ? { status: 200, body: loginAnswer(MIRA, 2) }
          : failure(401, 'invalid_credentials'),
    });
    await renderApp();
    await unlockWithPin();
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent(EXPIRED);
    expect(notice).toHaveTextContent('Sie können offline weiterarbeiten');
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');
    expect(await readDeviceAccount(MIRA.id)).toBeDefined();

    await userEvent.click(within(notice).getByRole('button', { name: 'Neu anmelden' }));
    expect(await within(notice).findByText(`Neu anmelden als ${MIRA.email}`)).toBeInTheDocument();
    await userEvent.type(within(notice).getByLabelText('Passwort'), 'falsch');
    await userEvent.click(within(notice).getByRole('button', { name: 'Anmelden' }));
    expect(
      await within(notice).findByText('E-Mail-Adresse oder Passwort ist falsch.'),
    ).toBeInTheDocument();
    await userEvent.clear(within(notice).getByLabelText('Passwort'));
    await userEvent.type(within(notice).getByLabelText('Passwort'), 'miras-passwort');
    await userEvent.click(within(notice).getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect((await readStoredSession())?.token).toBe(tokenOf(MIRA, 2));
    expect(useSessionStore.getState().token).toBe(tokenOf(MIRA, 2));
  });

  it('refuses a new login of someone else from the notice, and ends that session', async () => {
    const server = stubServer({
      'GET /api/v1/me': () => failure(401, 'unauthenticated'),
      'POST /api/v1/auth/login': () => ({ status: 200, body: loginAnswer(SVEN) }),
      'POST /api/v1/auth/logout': () => ({ status: 204 }),
    });
    await renderApp();
    await unlockWithPin();
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('Sie sind auf diesem Gerät nicht mehr angemeldet');
    await userEvent.click(within(notice).getByRole('button', { name: 'Neu anmelden' }));
    await userEvent.type(await within(notice).findByLabelText('Passwort'), 'irgendwas');
    await userEvent.click(within(notice).getByRole('button', { name: 'Anmelden' }));
    expect(
      await within(notice).findByText(
        `Bitte melden Sie sich mit Ihrem eigenen Konto an (${MIRA.email}).`,
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(server.calls.at(-1)).toMatchObject({
        route: 'POST /api/v1/auth/logout',
        token: tokenOf(SVEN),
      }),
    );
    expect((await readStoredSession())?.token).toBe(tokenOf(MIRA));
  });
});
