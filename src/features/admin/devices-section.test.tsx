import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdminDevice } from '@/core/index';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import AdminPage from './admin-page';
import { ADA, device, json, offline, signIn, stubServer } from './admin-test-support';

const LOST = device({ sessionId: 'sess-lost', deviceName: 'Tablet GU Nord' });
const OLD = device({
  sessionId: 'sess-old',
  deviceName: 'Laptop Büro',
  status: 'ended',
  endedAt: '2026-10-01T10:00:00.000Z',
});

async function openDevices() {
  await renderWithI18n(<AdminPage />);
  await userEvent.click(screen.getByRole('tab', { name: 'Geräte' }));
}

function deviceItem(name: string) {
  return screen.getByRole('listitem', { name });
}

describe('admin: devices', () => {
  let network: 'up' | 'down';
  beforeEach(() => {
    network = 'up';
    signIn(ADA);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    useSessionStore.getState().locked();
  });

  function server() {
    return stubServer((call) => {
      if (network === 'down') offline();
      if (call.path === '/v1/admin/devices') return json(200, { devices: [LOST, OLD] });
      if (call.method === 'POST' && call.path === `/v1/admin/devices/${LOST.sessionId}/revoke`) {
        const revoked: AdminDevice = {
          ...LOST,
          status: 'revoked',
          revokedAt: '2026-11-24T09:00:00.000Z',
          revokedBy: ADA.id,
        };
        return json(200, { device: revoked });
      }
    });
  }

  it('lists device sessions with their user, last contact and status', async () => {
    server();
    await openDevices();
    const lost = await screen.findByRole('listitem', { name: 'Tablet GU Nord' });
    expect(lost).toHaveTextContent(
      'Mira Muster (Integrationsmanager/-in, mira@demo.lotse.example)',
    );
    expect(lost).toHaveTextContent(/Letzter Kontakt \(Synchronisation\)23\.11\.2026 \d\d:30/);
    expect(within(lost).getByText('aktiv')).toBeInTheDocument();
    expect(within(deviceItem('Laptop Büro')).getByText('abgemeldet')).toBeInTheDocument();
    expect(
      within(deviceItem('Laptop Büro')).queryByRole('button', { name: /Gerät sperren/ }),
    ).toBeNull();
  });

  it('revokes a device only after a confirmation saying its unsynced changes are deleted', async () => {
    const { calls } = server();
    await openDevices();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Gerät sperren: Tablet GU Nord' }),
    );
    const dialog = screen.getByRole('alertdialog', {
      name: '„Tablet GU Nord“ von Mira Muster sperren?',
    });
    expect(dialog).toHaveTextContent(
      'Das Gerät löscht beim nächsten Kontakt mit dem Server alle Lotse-Daten, die es gespeichert hat – auch Änderungen, die noch nicht synchronisiert wurden.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Gerät sperren: Tablet GU Nord' }));
    await userEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Gerät sperren' }),
    );
    expect(await within(deviceItem('Tablet GU Nord')).findByText('gesperrt')).toBeInTheDocument();
    expect(deviceItem('Tablet GU Nord')).toHaveTextContent(/Gesperrt am24\.11\.2026/);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([
      expect.objectContaining({
        path: '/v1/admin/devices/sess-lost/revoke',
        authorization: 'Bearer token',
      }),
    ]);
    expect(screen.queryByRole('button', { name: /Gerät sperren/ })).toBeNull();
  });

  it('says that nothing was changed when the network is gone at the moment of revoking', async () => {
    server();
    await openDevices();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Gerät sperren: Tablet GU Nord' }),
    );
    network = 'down';
    await userEvent.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Gerät sperren' }),
    );
    expect(
      await screen.findByText(/Keine Verbindung zum Server – es wurde nichts geändert/),
    ).toBeVisible();
    expect(within(deviceItem('Tablet GU Nord')).getByText('aktiv')).toBeInTheDocument();
  });
});
