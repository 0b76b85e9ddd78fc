import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role, type SessionUser, type TeamMember, type TeamResponse } from '@/core/index';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import TeamPage from './team-page';

function member(
  displayName: string,
  role: TeamMember['role'],
  assignedCases: number,
  disabled = false,
): TeamMember {
  const id = displayName.toLowerCase().replace(/\W/g, '-');
  return { id, displayName, email: `${id}@demo.lotse.example`, role, disabled, assignedCases };
}

const TEAM: TeamResponse = {
  members: [
    member('Sven Koordinator', Role.supervisor, 5),
    member('Mira Muster', Role.manager, 112),
    member('Ada Probst', Role.admin, 0),
    member('Ben Berger', Role.manager, 88),
    member('Otto Alt', Role.manager, 3, true),
  ],
};

function signIn(role: TeamMember['role']) {
  const user: SessionUser = {
    id: 'u-me',
    orgId: 'org-a',
    displayName: 'Sven Koordinator',
    email: 'sven@demo.lotse.example',
    role,
  };
  useSessionStore.getState().unlocked(user, 'token');
}

/** Answers GET /api/v1/team as the server does, or fails like fetch without a network. */
function stubTeam(answer: () => Response) {
  const fetchMock = vi.fn((_url: string, _init?: RequestInit) => {
    try {
      return Promise.resolve(answer());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const ok = () => new Response(JSON.stringify(TEAM), { status: 200 });

describe('TeamPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    useSessionStore.getState().locked();
  });

  it('shows each member’s role and caseload, and the cases per active manager', async () => {
    signIn(Role.supervisor);
    const fetchMock = stubTeam(ok);
    await renderWithI18n(<TeamPage />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Jeder Abruf dieser Übersicht wird im Protokoll festgehalten.',
    );
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['Integrationsmanager/-in', 'aktiv', '88'],
      ['Integrationsmanager/-in', 'aktiv', '112'],
      ['Integrationsmanager/-in', 'deaktiviert', '3'],
      ['Koordination', 'aktiv', '5'],
      ['Administration', 'aktiv', '0'],
    ]);
    expect(within(table).getByRole('rowheader', { name: /Mira Muster/ })).toBeInTheDocument();
    // (112 + 88) / 2 active managers; the disabled manager and the supervisor do not count.
    expect(screen.getByTestId('team-ratio')).toHaveTextContent(
      '100 Fälle je Integrationsmanager/-in',
    );
    expect(
      screen.getByText('200 zugewiesene Fälle bei 2 aktiven Integrationsmanager/-innen'),
    ).toBeVisible();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/team',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('says the view needs the server when offline, and loads on retry', async () => {
    signIn(Role.supervisor);
    let network: 'down' | 'up' = 'down';
    stubTeam(() => {
      if (network === 'down') throw new TypeError('Failed to fetch');
      return ok();
    });
    await renderWithI18n(<TeamPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Wird vom Server geladen');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Diese Ansicht braucht eine Verbindung zum Server.',
    );
    network = 'up';
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByTestId('team-ratio')).toBeInTheDocument();
  });

  it('shows the missing permission for a 403 and for a role that may not see the team', async () => {
    signIn(Role.supervisor);
    stubTeam(
      () =>
        new Response(JSON.stringify({ error: { code: 'forbidden', message: 'no' } }), {
          status: 403,
        }),
    );
    const view = await renderWithI18n(<TeamPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Für diese Ansicht fehlt die Berechtigung.',
    );
    view.unmount();

    signIn(Role.manager);
    const fetchMock = stubTeam(ok);
    await renderWithI18n(<TeamPage />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Für diese Ansicht fehlt die Berechtigung.',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
