import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdminUser, CreateUserRequest } from '@/core/index';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import AdminPage from './admin-page';
import { ADA, failure, json, MIRA, OTTO, signIn, stubServer, USERS } from './admin-test-support';

function userItem(name: string) {
  return screen.getByRole('listitem', { name: new RegExp(name) });
}

describe('admin: users', () => {
  let users: AdminUser[];
  beforeEach(() => {
    users = [...USERS];
    signIn(ADA);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    useSessionStore.getState().locked();
  });

  function server() {
    return stubServer((call) => {
      if (call.method === 'GET' && call.path === '/v1/admin/users') return json(200, { users });
      if (call.method === 'POST' && call.path === '/v1/admin/users') {
        const body = call.body as CreateUserRequest;
        if (users.some((u) => u.email === body.email)) return failure(409, 'email_taken');
        const user: AdminUser = {
          id: 'u-new',
          email: body.email,
          displayName: body.displayName,
          role: body.role,
          createdAt: '2026-11-24T09:00:00.000Z',
          disabledAt: null,
        };
        return json(201, { user });
      }
      if (call.method === 'PATCH' && call.path.startsWith('/v1/admin/users/')) {
        const id = call.path.split('/').at(-1);
        const patch = call.body as { role?: string; disabled?: boolean };
        if (id === ADA.id && patch.role) return failure(409, 'last_admin');
        const user = users.find((u) => u.id === id)!;
        return json(200, {
          user: {
            ...user,
            ...patch,
            disabled: undefined,
            disabledAt: patch.disabled ? '2026-11-24T09:00:00.000Z' : null,
          },
        });
      }
    });
  }

  it('lists the accounts with e-mail, role and whether they are active, sending the token', async () => {
    const { calls } = server();
    await renderWithI18n(<AdminPage />);
    expect(await screen.findByText('4 Konten')).toBeInTheDocument();
    const mira = userItem('Mira Muster');
    expect(within(mira).getByText('mira@demo.lotse.example')).toBeInTheDocument();
    expect(within(mira).getByText('Integrationsmanager/-in')).toBeInTheDocument();
    expect(within(mira).getByText('aktiv')).toBeInTheDocument();
    expect(
      within(userItem('Otto Alt')).getByText('deaktiviert seit 01.06.2026'),
    ).toBeInTheDocument();
    expect(within(userItem('Ada Probst')).getByText('(Sie)')).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ method: 'GET', authorization: 'Bearer token' });
  });

  it('creates an account; an e-mail address already taken shows the server’s reason', async () => {
    const { calls } = server();
    await renderWithI18n(<AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Konto anlegen' }));
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), MIRA.email);
    await userEvent.type(screen.getByLabelText('Anzeigename'), 'Nora Neu');
    await userEvent.type(screen.getByLabelText('Anfangspasswort'), 'zwoelf-zeichen');
    await userEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    expect(
      await screen.findByText('Für diese E-Mail-Adresse gibt es schon ein Konto.'),
    ).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);

    const email = screen.getByLabelText('E-Mail-Adresse');
    await userEvent.clear(email);
    await userEvent.type(email, 'nora@demo.lotse.example');
    await userEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    expect(await screen.findByText(/Das Konto für Nora Neu/)).toBeInTheDocument();
    expect(screen.getByText('zwoelf-zeichen')).toBeInTheDocument();
    expect(screen.getByText('5 Konten')).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({
      method: 'POST',
      path: '/v1/admin/users',
      body: {
        email: 'nora@demo.lotse.example',
        displayName: 'Nora Neu',
        role: 'manager',
        password: 'zwoelf-zeichen',
      },
    });
  });

  it('refuses a password shorter than 12 characters without asking the server', async () => {
    const { calls } = server();
    await renderWithI18n(<AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Konto anlegen' }));
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'kurz@demo.lotse.example');
    await userEvent.type(screen.getByLabelText('Anzeigename'), 'Kurt Kurz');
    await userEvent.type(screen.getByLabelText('Anfangspasswort'), 'elf-zeichen');
    await userEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));

    expect(await screen.findByText('Mindestens 12.')).toBeInTheDocument();
    expect(screen.getByLabelText('Anfangspasswort')).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Passwort vorschlagen' }));
    expect(screen.getByLabelText<HTMLInputElement>('Anfangspasswort').value).toHaveLength(16);
  });

  it('disables an account only after a confirmation that explains the devices are revoked', async () => {
    const { calls } = server();
    await renderWithI18n(<AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Deaktivieren: Mira Muster' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Konto von Mira Muster deaktivieren?' });
    expect(dialog).toHaveTextContent('alle Geräte dieses Kontos gesperrt');
    expect(dialog).toHaveTextContent('auch Änderungen, die noch nicht synchronisiert wurden');
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Konto deaktivieren' }));
    expect(
      await within(userItem('Mira Muster')).findByText('deaktiviert seit 24.11.2026'),
    ).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/v1/admin/users/${MIRA.id}`,
      body: { disabled: true },
    });
    // The signed-in admin cannot disable their own account here.
    expect(screen.queryByRole('button', { name: 'Deaktivieren: Ada Probst' })).toBeNull();
    expect(screen.getByRole('button', { name: `Aktivieren: ${OTTO.displayName}` })).toBeVisible();
  });

  it('changes name and role, and shows why the server refuses to demote the last admin', async () => {
    const { calls } = server();
    await renderWithI18n(<AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Bearbeiten: Mira Muster' }));
    const name = screen.getByLabelText('Anzeigename');
    await userEvent.clear(name);
    await userEvent.type(name, 'Mira M.');
    await userEvent.selectOptions(screen.getByLabelText('Rolle'), 'supervisor');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('heading', { name: 'Mira M.' })).toBeInTheDocument();
    expect(within(userItem('Mira M.')).getByText('Koordination')).toBeInTheDocument();
    expect(calls.at(-1)?.body).toEqual({ displayName: 'Mira M.', role: 'supervisor' });

    await userEvent.click(screen.getByRole('button', { name: 'Bearbeiten: Ada Probst' }));
    await userEvent.selectOptions(screen.getByLabelText('Rolle'), 'manager');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(
      await screen.findByText(
        'Die Organisation braucht mindestens ein aktives Administrationskonto.',
      ),
    ).toBeInTheDocument();
  });
});
