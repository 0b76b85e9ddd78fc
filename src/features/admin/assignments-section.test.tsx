import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createId, type CaseAssignment, type PutAssignmentRequest } from '@/core/index';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import AdminPage from './admin-page';
import {
  ADA,
  assignment,
  failure,
  json,
  MIRA,
  signIn,
  stubServer,
  SVEN,
  USERS,
} from './admin-test-support';

const CASE_A = createId(Date.parse('2026-03-01'));
const CASE_B = createId(Date.parse('2026-04-01'));

describe('admin: case assignments', () => {
  let assignments: CaseAssignment[];
  beforeEach(() => {
    assignments = [assignment(CASE_A, MIRA.id, '2026-03-02T10:00:00.000Z')];
    signIn(ADA);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    useSessionStore.getState().locked();
  });

  function server() {
    return stubServer((call) => {
      if (call.path === '/v1/admin/users') return json(200, { users: USERS });
      if (call.method === 'GET' && call.path === '/v1/admin/assignments')
        return json(200, { assignments });
      if (call.method === 'PUT' && call.path === '/v1/admin/assignments') {
        const put = call.body as PutAssignmentRequest;
        if (put.userId === ADA.id) return failure(409, 'not_assignable');
        assignments = assignments.filter(
          (a) => !(a.caseId === put.caseId && a.userId === put.userId),
        );
        if (put.assigned)
          assignments.push(assignment(put.caseId, put.userId, '2026-11-24T09:00:00.000Z'));
        return json(200, { assignments: assignments.filter((a) => a.caseId === put.caseId) });
      }
    });
  }

  async function openAssignments() {
    await renderWithI18n(<AdminPage />);
    await userEvent.click(screen.getByRole('tab', { name: 'Zuweisungen' }));
    return screen.findByRole('list');
  }

  it('lists assignments with the case id and the person’s name', async () => {
    server();
    const list = await openAssignments();
    expect(within(list).getByText(CASE_A)).toBeInTheDocument();
    expect(list).toHaveTextContent('zugewiesen an Mira Muster am 02.03.2026');
  });

  it('assigns a pasted case id, trimmed, to a manager chosen among active managers and supervisors', async () => {
    const { calls } = server();
    await openAssignments();
    const person = screen.getByLabelText('Zuweisen an');
    const choices = within(person)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(choices).toEqual([
      'Bitte wählen',
      'Mira Muster (Integrationsmanager/-in)',
      'Sven Koordinator (Koordination)',
    ]);

    await userEvent.click(screen.getByLabelText('Fall-ID'));
    await userEvent.paste(`  ${CASE_B.toUpperCase()}\n`);
    await userEvent.selectOptions(person, SVEN.id);
    await userEvent.click(screen.getByRole('button', { name: 'Zuweisen' }));

    expect(
      await screen.findByText(`Der Fall ${CASE_B} ist jetzt Sven Koordinator zugewiesen.`),
    ).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({
      method: 'PUT',
      body: { caseId: CASE_B, userId: SVEN.id, assigned: true },
    });
    expect(screen.getByText('2 Zuweisungen')).toBeInTheDocument();
    expect(screen.getByLabelText('Fall-ID')).toHaveValue('');
  });

  it('refuses what is not a case id without asking the server', async () => {
    const { calls } = server();
    await openAssignments();
    await userEvent.type(screen.getByLabelText('Fall-ID'), 'Fall 17');
    await userEvent.selectOptions(screen.getByLabelText('Zuweisen an'), MIRA.id);
    await userEvent.click(screen.getByRole('button', { name: 'Zuweisen' }));
    expect(await screen.findByText('Das Format stimmt nicht.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('removes an assignment after a confirmation', async () => {
    const { calls } = server();
    await openAssignments();
    await userEvent.click(screen.getByRole('button', { name: /Zuweisung aufheben/ }));
    const dialog = screen.getByRole('alertdialog', { name: 'Zuweisung an Mira Muster aufheben?' });
    expect(dialog).toHaveTextContent(`Mira Muster kann den Fall ${CASE_A} danach nicht mehr`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Zuweisung aufheben' }));
    expect(await screen.findByText('Keine Zuweisungen.')).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({
      method: 'PUT',
      body: { caseId: CASE_A, userId: MIRA.id, assigned: false },
    });
  });
});
