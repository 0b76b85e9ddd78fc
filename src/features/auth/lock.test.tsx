import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { updateDeviceAccount } from '@/db/device/device-accounts';
import { readSetting, SettingKey, writeSetting } from '@/db/local-settings';
import { readStoredSession } from '@/db/stored-session';
import { isUserDatabaseOpen } from '@/db/user-database';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { AccountBar } from './account-bar';
import { AuthGate } from './auth-gate';
import {
  APP_CONTENT,
  meAnswers,
  MIRA,
  personOnDevice,
  renderGate,
  resetDevice,
  stubServer,
  SVEN,
  tokenOf,
  unlockWithPin,
} from './auth-test-support';
import { SessionNotice } from './session-notice';

const MINUTE = 60_000;

async function expectLocked() {
  expect(await screen.findByRole('heading', { name: 'Lotse entsperren' })).toBeInTheDocument();
  expect(screen.queryByText(APP_CONTENT)).not.toBeInTheDocument();
  expect(useSessionStore.getState()).toMatchObject({ user: undefined, token: undefined });
  await waitFor(() => expect(isUserDatabaseOpen(MIRA.id)).toBe(false));
  await expect(db.localSettings.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
}

describe('locking', () => {
  beforeEach(async () => {
    await resetDevice();
    await personOnDevice(MIRA, () => writeSetting(SettingKey.orgId, 'Miras Daten'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('happens by itself after 10 minutes without input, and keeps the data', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    stubServer({ 'GET /api/v1/me': meAnswers(MIRA) });
    await renderGate();
    await unlockWithPin();

    await act(() => vi.advanceTimersByTime(9 * MINUTE));
    fireEvent.pointerDown(document.body);
    await act(() => vi.advanceTimersByTime(9 * MINUTE));
    fireEvent.keyDown(document.body, { key: 'a' });
    await act(() => vi.advanceTimersByTime(9 * MINUTE));
    expect(screen.getByText(APP_CONTENT)).toBeInTheDocument();
    await act(() => vi.advanceTimersByTime(1.5 * MINUTE));
    await expectLocked();

    await unlockWithPin();
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');
  });

  it('follows the time chosen in the settings', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await updateDeviceAccount(MIRA.id, { autoLockMinutes: 2 });
    stubServer({ 'GET /api/v1/me': meAnswers(MIRA) });
    await renderGate();
    await unlockWithPin();
    await act(() => vi.advanceTimersByTime(2 * MINUTE + 10_000));
    await expectLocked();
  });

  it('happens at once with "Sperren"', async () => {
    stubServer({ 'GET /api/v1/me': meAnswers(MIRA) });
    await renderWithI18n(
      <AuthGate>
        <AccountBar />
        <p>{APP_CONTENT}</p>
      </AuthGate>,
    );
    await unlockWithPin();
    expect(screen.getByRole('group', { name: 'Konto' })).toHaveTextContent('Mira Muster');
    await userEvent.click(screen.getByRole('button', { name: 'Sperren' }));
    await expectLocked();
  });

  it('lets the same person continue where they locked, and starts another on their own caseload', async () => {
    await personOnDevice(SVEN, undefined, '2026-11-02');
    stubServer({ 'GET /api/v1/me': () => ({ status: 503 }) });
    await renderWithI18n(
      <AuthGate>
        <AccountBar />
        <p>{APP_CONTENT}</p>
      </AuthGate>,
    );
    await userEvent.click(
      await screen.findByRole('radio', { name: 'Mira Muster – Integrationsmanager:in' }),
    );
    await unlockWithPin();
    window.history.replaceState(null, '', '/cases/case-of-mira/plan');
    await userEvent.click(screen.getByRole('button', { name: 'Sperren' }));
    await unlockWithPin();
    expect(window.location.pathname).toBe('/cases/case-of-mira/plan');

    await userEvent.click(screen.getByRole('button', { name: 'Sperren' }));
    await userEvent.click(
      await screen.findByRole('radio', { name: 'Sven Beispiel – Koordination' }),
    );
    await unlockWithPin();
    expect(window.location.pathname).toBe('/');
  });

  it('on logout asks first, ends the server session, forgets the token and keeps the data', async () => {
    const server = stubServer({
      'GET /api/v1/me': meAnswers(MIRA),
      'POST /api/v1/auth/logout': () => ({ status: 204 }),
    });
    await renderWithI18n(
      <AuthGate>
        <AccountBar />
        <SessionNotice />
        <p>{APP_CONTENT}</p>
      </AuthGate>,
    );
    await unlockWithPin();
    await userEvent.click(screen.getByRole('button', { name: 'Abmelden' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Abmelden?' });
    expect(dialog).toHaveTextContent('Ihre Daten bleiben verschlüsselt auf diesem Gerät');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByText(APP_CONTENT)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Abmelden' }));
    await userEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Abmelden' }),
    );
    await expectLocked();
    await waitFor(() =>
      expect(server.calls.at(-1)).toMatchObject({
        route: 'POST /api/v1/auth/logout',
        token: tokenOf(MIRA),
      }),
    );

    await unlockWithPin();
    expect(await readSetting(SettingKey.orgId)).toBe('Miras Daten');
    expect((await readStoredSession())?.token).toBeUndefined();
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Sie sind auf diesem Gerät nicht mehr angemeldet. Sie können offline weiterarbeiten',
    );
  });
});
