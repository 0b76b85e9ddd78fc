import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addReview } from '@/db/commands/add-review';
import { changeCaseStatus } from '@/db/commands/change-case-status';
import { createRecord } from '@/db/records/write-records';
import type { OpenedCase } from '@/db/commands/open-case-for-new-client';
import { openCase, renderCaseload, TODAY, setUpCaseloadTests } from './caseload-test-support';

async function created(result: Promise<{ ok: boolean; id?: string; issues?: unknown }>) {
  const done = await result;
  if (!done.ok) throw new Error(JSON.stringify(done.issues));
  return done.id!;
}

async function addGoalWithStep(opened: OpenedCase, lifeAreaKey: string, step: object) {
  const goalId = await created(
    createRecord('goals', {
      planId: opened.planId,
      caseId: opened.caseId,
      lifeAreaKey,
      text: 'Deutschkurs B1 abschließen',
      priority: 'high',
      status: 'inProgress',
    }),
  );
  await created(
    createRecord('steps', {
      goalId,
      planId: opened.planId,
      caseId: opened.caseId,
      text: 'Anmeldung bei der VHS',
      responsible: 'client',
      ...step,
    }),
  );
}

const rowNames = () =>
  screen
    .queryAllByTestId('caseload-row')
    .map((row) => row.querySelector('.caseload-row-name')!.textContent);

describe('CaseloadPage deadlines and filters', () => {
  setUpCaseloadTests();

  it('shows under "Heute fällig" a contact whose follow-up is today', async () => {
    const olena = await openCase({ firstName: 'Olena', lastName: 'Kovalenko' });
    await openCase({ firstName: 'Ahmad', lastName: 'Rahimi' });
    await created(
      createRecord('contacts', {
        caseId: olena.caseId,
        clientId: olena.clientId,
        date: '2026-11-20',
        durationMinutes: 30,
        mode: 'inPerson',
        followUpDate: TODAY,
      }),
    );
    await renderCaseload();
    const due = screen.getByRole('region', { name: 'Heute fällig' });
    expect(await within(due).findByText('Kovalenko, Olena')).toBeInTheDocument();
    expect(due).toHaveTextContent('Wiedervorlage aus dem Kontakt vom 20.11.2026');
    expect(within(due).getByRole('link')).toHaveAttribute('href', `/cases/${olena.caseId}`);
    expect(within(due).queryByText('Rahimi, Ahmad')).not.toBeInTheDocument();
    expect(await screen.findByText('Wiedervorlage 24.11.2026')).toBeInTheDocument();
  });

  it('shows overdue steps and plan reviews, marks their cases and filters by them', async () => {
    const olena = await openCase({ firstName: 'Olena', lastName: 'Kovalenko' });
    const ahmad = await openCase({ firstName: 'Ahmad', lastName: 'Rahimi' });
    await openCase({ firstName: 'Amina', lastName: 'Abdi' });
    await addGoalWithStep(olena, 'language', { dueDate: '2026-11-10' });
    await addGoalWithStep(ahmad, 'work', { dueDate: '2026-11-10', doneOn: '2026-11-09' });
    await created(
      addReview({
        planId: ahmad.planId,
        caseId: ahmad.caseId,
        date: '2026-06-01',
        summary: 'Ziele besprochen',
        nextReviewDate: '2026-11-01',
      }),
    );
    await renderCaseload();

    const overdue = screen.getByRole('region', { name: 'Überfällig' });
    expect(await within(overdue).findByText('Kovalenko, Olena')).toBeInTheDocument();
    expect(overdue).toHaveTextContent('Maßnahme „Anmeldung bei der VHS“ – fällig seit 10.11.2026');
    expect(overdue).toHaveTextContent(
      'Fortschreibung des Integrationsplans – fällig seit 01.11.2026',
    );
    expect(within(overdue).getAllByRole('link')).toHaveLength(2);

    const marked = screen
      .getAllByTestId('caseload-row')
      .filter((row) => within(row).queryByText('überfällig'));
    expect(marked).toHaveLength(2);

    await userEvent.click(screen.getByLabelText('nur überfällige'));
    expect(rowNames()).toEqual(['Rahimi, Ahmad', 'Kovalenko, Olena']);

    // A later review that sets the next date in the future settles the plan.
    await created(
      addReview({
        planId: ahmad.planId,
        caseId: ahmad.caseId,
        date: '2026-11-20',
        summary: 'Fortgeschrieben',
        nextReviewDate: '2027-05-01',
      }),
    );
    await waitFor(() => expect(within(overdue).getAllByRole('link')).toHaveLength(1));
    expect(rowNames()).toEqual(['Kovalenko, Olena']);
  });

  it('filters by status: open and paused by default, closed or all on request', async () => {
    await openCase({ firstName: 'Olena', lastName: 'Kovalenko' });
    const ahmad = await openCase({ firstName: 'Ahmad', lastName: 'Rahimi' });
    const amina = await openCase({ firstName: 'Amina', lastName: 'Abdi' });
    await changeCaseStatus(ahmad.caseId, 'paused', '2026-11-01', 'Krankenhausaufenthalt');
    await changeCaseStatus(amina.caseId, 'closed', '2026-11-02', 'Umzug nach Stuttgart');
    await renderCaseload();
    await screen.findAllByTestId('caseload-row');
    expect(rowNames()).toEqual(['Rahimi, Ahmad', 'Kovalenko, Olena']);

    const status = screen.getByLabelText('Status');
    await userEvent.selectOptions(status, 'geschlossen');
    expect(rowNames()).toEqual(['Abdi, Amina']);
    expect(screen.getByTestId('caseload-row')).toHaveTextContent('geschlossen');
    await userEvent.selectOptions(status, 'pausiert');
    expect(rowNames()).toEqual(['Rahimi, Ahmad']);
    await userEvent.selectOptions(status, 'alle');
    expect(rowNames()).toEqual(['Abdi, Amina', 'Rahimi, Ahmad', 'Kovalenko, Olena']);
  });

  it('filters by life area: the cases with a goal in it', async () => {
    const olena = await openCase({ firstName: 'Olena', lastName: 'Kovalenko' });
    const ahmad = await openCase({ firstName: 'Ahmad', lastName: 'Rahimi' });
    await addGoalWithStep(olena, 'housing', {});
    await addGoalWithStep(ahmad, 'work', {});
    await renderCaseload();
    await screen.findAllByTestId('caseload-row');

    await screen.findByRole('option', { name: 'Wohnen' });
    await userEvent.selectOptions(screen.getByLabelText('Lebensbereich'), 'Wohnen');
    expect(await screen.findByText('1 von 2 Fallakten')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Kovalenko, Olena']);
  });

  it('folds a long "Heute fällig" list to three entries so the caseload stays in view', async () => {
    for (const lastName of ['Abdi', 'Bakr', 'Chalil', 'Darwish', 'Erdem']) {
      const opened = await openCase({ firstName: 'Test', lastName });
      await created(
        createRecord('contacts', {
          caseId: opened.caseId,
          clientId: opened.clientId,
          date: '2026-11-20',
          durationMinutes: 30,
          mode: 'phone',
          followUpDate: TODAY,
        }),
      );
    }
    await renderCaseload();
    const section = await screen.findByRole('region', { name: 'Heute fällig' });
    await waitFor(() => expect(within(section).getAllByRole('link')).toHaveLength(3));
    await userEvent.click(within(section).getByRole('button', { name: 'Alle 5 anzeigen' }));
    expect(within(section).getAllByRole('link')).toHaveLength(5);
  });
});
