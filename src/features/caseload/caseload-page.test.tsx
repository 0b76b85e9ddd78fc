import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { markCaseOpened } from '@/db/recent-cases';
import { openCase, renderCaseload, setUpCaseloadTests } from './caseload-test-support';

const rowNames = () =>
  screen
    .getAllByTestId('caseload-row')
    .map((row) => row.querySelector('.caseload-row-name')!.textContent);

describe('CaseloadPage', () => {
  setUpCaseloadTests();

  it('lists every case, newest first, with client name, case number and status, linking to the case', async () => {
    const { caseId } = await openCase({ firstName: 'Olena', lastName: 'Kovalenko' });
    await openCase({ firstName: 'Ahmad', lastName: 'Rahimi' });
    await renderCaseload();

    expect(await screen.findAllByTestId('caseload-row')).toHaveLength(2);
    expect(rowNames()).toEqual(['Rahimi, Ahmad', 'Kovalenko, Olena']);
    const row = screen.getAllByTestId('caseload-row')[1]!;
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/cases/${caseId}`);
    expect(row).toHaveTextContent(/IM-2026-[0-9A-F]{6}/);
    expect(row).toHaveTextContent('offen');
    expect(row).toHaveTextContent('keine Wiedervorlage');
    expect(await screen.findByText('2 von 2 Fallakten')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neue Klientin / neuer Klient' })).toHaveAttribute(
      'href',
      '/clients/new',
    );
  });

  it('says so when the device holds no case yet', async () => {
    await renderCaseload();
    expect(
      await screen.findByText('Auf diesem Gerät sind noch keine Fallakten gespeichert.'),
    ).toBeInTheDocument();
  });

  it('finds Müller when searching for Mueller, and by case number', async () => {
    await openCase({ firstName: 'Ahmed', lastName: 'Müller' });
    await openCase({ firstName: 'Olena', lastName: 'Kovalenko' });
    await renderCaseload();
    await screen.findAllByTestId('caseload-row');

    const search = screen.getByLabelText('Suche nach Name oder Aktenzeichen');
    await userEvent.type(search, 'Mueller');
    expect(rowNames()).toEqual(['Müller, Ahmed']);

    const number = screen
      .getAllByTestId('caseload-row')[0]!
      .querySelector('.caseload-row-number')!.textContent;
    await userEvent.clear(search);
    expect(screen.getAllByTestId('caseload-row')).toHaveLength(2);
    await userEvent.type(search, number.toLowerCase());
    expect(rowNames()).toEqual(['Müller, Ahmed']);

    await userEvent.clear(search);
    await userEvent.type(search, 'Schmidt');
    expect(screen.queryByTestId('caseload-row')).not.toBeInTheDocument();
    expect(screen.getByText('Keine Fallakte passt zu Suche und Filtern.')).toBeInTheDocument();
  });

  it('shows a new case as soon as it is stored', async () => {
    await openCase({ firstName: 'Olena', lastName: 'Kovalenko' });
    await renderCaseload();
    expect(await screen.findAllByTestId('caseload-row')).toHaveLength(1);

    await openCase({ firstName: 'Amina', lastName: 'Abdi' });
    expect(await screen.findByText('Abdi, Amina')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Abdi, Amina', 'Kovalenko, Olena']);
  });

  it('shows the cases opened last on this device, newest first', async () => {
    const first = await openCase({ firstName: 'Olena', lastName: 'Kovalenko' });
    const second = await openCase({ firstName: 'Ahmad', lastName: 'Rahimi' });
    await openCase({ firstName: 'Amina', lastName: 'Abdi' });
    await renderCaseload();
    const recent = screen.getByRole('region', { name: 'Zuletzt geöffnet' });
    expect(
      await within(recent).findByText('Auf diesem Gerät wurde noch keine Fallakte geöffnet.'),
    ).toBeInTheDocument();

    await markCaseOpened(first.caseId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await markCaseOpened(second.caseId);

    expect(await within(recent).findByText('Rahimi, Ahmad')).toBeInTheDocument();
    const links = within(recent).getAllByRole('link');
    expect(links.map((link) => link.querySelector('strong')!.textContent)).toEqual([
      'Rahimi, Ahmad',
      'Kovalenko, Olena',
    ]);
    expect(links[0]).toHaveAttribute('href', `/cases/${second.caseId}`);
  });
});
