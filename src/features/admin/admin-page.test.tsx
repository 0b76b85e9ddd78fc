import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import AdminPage from './admin-page';
import { ADA, failure, json, MIRA, offline, signIn, stubServer, USERS } from './admin-test-support';

describe('AdminPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    useSessionStore.getState().locked();
  });

  it('says the view needs the server when offline, and loads on retry', async () => {
    signIn(ADA);
    let network: 'down' | 'up' = 'down';
    stubServer((call) => {
      if (network === 'down') offline();
      if (call.path === '/v1/admin/users') return json(200, { users: USERS });
    });
    await renderWithI18n(<AdminPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Wird vom Server geladen');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Diese Ansicht braucht eine Verbindung zum Server.',
    );

    network = 'up';
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByText('4 Konten')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the missing permission on a 403, without a retry', async () => {
    signIn(ADA);
    stubServer(() => failure(403, 'forbidden'));
    await renderWithI18n(<AdminPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Für diese Ansicht fehlt die Berechtigung.',
    );
    expect(screen.queryByRole('button', { name: 'Erneut versuchen' })).toBeNull();
  });

  it('tells a manager at once that the view is not for them, without asking the server', async () => {
    signIn(MIRA);
    const { calls } = stubServer(() => undefined);
    await renderWithI18n(<AdminPage />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Für diese Ansicht fehlt die Berechtigung.',
    );
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('switches sections with the tabs, also by arrow keys', async () => {
    signIn(ADA);
    stubServer((call) => {
      if (call.path === '/v1/admin/users') return json(200, { users: USERS });
      if (call.path === '/v1/admin/devices') return json(200, { devices: [] });
    });
    await renderWithI18n(<AdminPage />);
    expect(screen.getByRole('tab', { name: 'Benutzer' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('tab', { name: 'Benutzer' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Geräte' })).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Geräte' })).toBeInTheDocument();
    expect(await screen.findByText('Es hat sich noch kein Gerät angemeldet.')).toBeInTheDocument();
  });
});
