import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { setToday, type ClientInput } from '@/core/index';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import EditClientPage from './edit-client-page';

async function newCase(client: ClientInput, household?: { name: string }) {
  const opened = await openCaseForNewClient(client, '2026-01-10', household);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.id;
}

async function renderEdit(caseId: string) {
  const location = memoryLocation({ path: `/cases/${caseId}/client`, record: true });
  const view = await renderWithI18n(
    <Router hook={location.hook}>
      <Route path="/cases/:caseId/client" component={EditClientPage} />
    </Router>,
  );
  await screen.findByLabelText('Vorname');
  return { ...view, location };
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Speichern' }));

describe('EditClientPage', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    setToday('2026-11-24');
  });
  afterEach(() => setToday(undefined));

  it('shows the client as stored and saves changes, clearing emptied fields', async () => {
    const { caseId, clientId } = await newCase({
      firstName: 'Amal',
      lastName: 'Haddad',
      nationality: 'Syrien',
      languages: ['ar'],
      accommodationType: 'followUp',
    });
    const { location } = await renderEdit(caseId);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Stammdaten: Amal Haddad');
    expect(screen.getByLabelText('Staatsangehörigkeit')).toHaveValue('Syrien');
    expect(screen.getByRole('checkbox', { name: 'Arabisch' })).toBeChecked();
    expect(screen.getByLabelText('Unterbringung')).toHaveValue('followUp');
    expect(screen.getByRole('radio', { name: 'Kein Haushalt' })).toBeChecked();

    await userEvent.clear(screen.getByLabelText('Staatsangehörigkeit'));
    await userEvent.type(screen.getByLabelText('Telefon'), '+49 711 123456');
    await userEvent.selectOptions(screen.getByLabelText('Unterbringung'), 'Privatwohnung');
    await save();

    await waitFor(() => expect(location.history.at(-1)).toBe(`/cases/${caseId}`));
    const client = await db.clients.get(clientId);
    expect(client).toMatchObject({ phone: '+49 711 123456', accommodationType: 'private' });
    expect(client?.nationality).toBeUndefined();
    expect(await db.localDrafts.get(`client-edit:${clientId}`)).toBeUndefined();
  });

  it('refuses a withdrawal before the consent beside the field and changes nothing', async () => {
    const { caseId, clientId } = await newCase({
      firstName: 'Amal',
      lastName: 'Haddad',
      consentGivenOn: '2026-02-01',
    });
    const before = await db.clients.get(clientId);
    await renderEdit(caseId);
    await userEvent.type(screen.getByLabelText('Einwilligung widerrufen am'), '2026-01-15');
    await userEvent.clear(screen.getByLabelText('Vorname'));
    await save();

    await waitFor(() =>
      expect(screen.getByLabelText('Einwilligung widerrufen am')).toHaveAccessibleDescription(
        'Der Widerruf kann nicht vor der Einwilligung liegen.',
      ),
    );
    expect(screen.getByLabelText('Vorname')).toHaveAccessibleDescription('Bitte ausfüllen.');
    expect(await db.clients.get(clientId)).toEqual(before);
  });

  it('keeps special categories closed but says when they hold data', async () => {
    const { caseId, clientId } = await newCase({
      firstName: 'Amal',
      lastName: 'Haddad',
      health: 'Diabetes Typ 2',
    });
    await renderEdit(caseId);
    expect(screen.queryByLabelText('Gesundheit')).not.toBeInTheDocument();
    expect(screen.getByText('Angaben vorhanden')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Art\. 9 DSGVO/ }));
    expect(screen.getByLabelText('Gesundheit')).toHaveValue('Diabetes Typ 2');
    expect(screen.queryByText('Angaben vorhanden')).not.toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Gesundheit'));
    await userEvent.type(screen.getByLabelText('Religion'), 'muslimisch');
    await save();
    await waitFor(async () =>
      expect(await db.clients.get(clientId)).toMatchObject({ religion: 'muslimisch' }),
    );
    expect((await db.clients.get(clientId))?.health).toBeUndefined();
  });

  it('founds a household on the way and lists the other members with links to their cases', async () => {
    const amal = await newCase(
      { firstName: 'Amal', lastName: 'Haddad' },
      { name: 'Familie Haddad' },
    );
    const householdId = (await db.clients.get(amal.clientId))!.householdId;
    const omar = await newCase({
      firstName: 'Omar',
      lastName: 'Haddad',
      householdId,
      householdRole: 'child',
    });
    const dana = await newCase({ firstName: 'Dana', lastName: 'Rahimi' });

    const amalView = await renderEdit(amal.caseId);
    expect(screen.getByRole('radio', { name: 'Bestehendem Haushalt zuordnen' })).toBeChecked();
    expect(screen.getByLabelText('Bestehender Haushalt')).toHaveValue(householdId);
    // The members come from a query of their own, which may answer after the form's.
    const members = await screen.findByRole('region', { name: 'Haushalt „Familie Haddad“' });
    expect(within(members).getByRole('link', { name: 'Omar Haddad' })).toHaveAttribute(
      'href',
      `/cases/${omar.caseId}`,
    );
    expect(within(members).getByText(/Kind/)).toBeInTheDocument();
    amalView.unmount();

    await renderEdit(dana.caseId);
    expect(screen.getByText('Diese Person ist keinem Haushalt zugeordnet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Neuen Haushalt anlegen' }));
    await userEvent.type(screen.getByLabelText('Name des neuen Haushalts'), 'WG Rahimi');
    await save();
    await waitFor(async () => expect(await db.households.count()).toBe(2));
    const wg = (await db.households.toArray()).find((h) => h.name === 'WG Rahimi');
    expect(wg?.scope).toBe(dana.caseId);
    expect((await db.clients.get(dana.clientId))?.householdId).toBe(wg?.id);
  });

  it('keeps unsaved changes as a draft across leaving and coming back', async () => {
    const { caseId, clientId } = await newCase({ firstName: 'Amal', lastName: 'Haddad' });
    const first = await renderEdit(caseId);
    await userEvent.type(screen.getByLabelText('Ort'), 'Ulm');
    await waitFor(async () =>
      expect((await db.localDrafts.get(`client-edit:${clientId}`))?.values).toMatchObject({
        addressCity: 'Ulm',
      }),
    );
    first.unmount();

    await renderEdit(caseId);
    expect(
      screen.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Ort')).toHaveValue('Ulm');
    expect((await db.clients.get(clientId))?.addressCity).toBeUndefined();
  });

  it('says so when the case is not on this device', async () => {
    await renderWithI18n(
      <Router hook={memoryLocation({ path: '/cases/nope/client' }).hook}>
        <Route path="/cases/:caseId/client" component={EditClientPage} />
      </Router>,
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Diese Fallakte ist auf diesem Gerät nicht vorhanden',
      }),
    ).toBeInTheDocument();
  });
});
