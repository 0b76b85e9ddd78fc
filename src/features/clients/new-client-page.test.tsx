import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { setToday } from '@/core/index';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import EditClientPage from './edit-client-page';
import NewClientPage from './new-client-page';

async function renderNewClient() {
  const location = memoryLocation({ path: '/clients/new', record: true });
  const view = await renderWithI18n(
    <Router hook={location.hook}>
      <NewClientPage />
    </Router>,
  );
  await screen.findByLabelText('Vorname');
  return { ...view, location };
}

async function fillName(first: string, last: string) {
  await userEvent.type(screen.getByLabelText('Vorname'), first);
  await userEvent.type(screen.getByLabelText('Nachname'), last);
}

const save = () =>
  userEvent.click(screen.getByRole('button', { name: 'Anlegen und Fallakte eröffnen' }));

async function openedCaseId(history: string[]) {
  await waitFor(() => expect(history.at(-1)).toMatch(/^\/cases\/[^/]+$/));
  return history.at(-1)!.split('/')[2]!;
}

describe('NewClientPage', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    setToday('2026-11-24');
  });
  afterEach(() => setToday(undefined));

  it('registers a client with a new household and opens their case', async () => {
    const { location } = await renderNewClient();
    await fillName('Amal', 'Haddad');
    await userEvent.type(screen.getByLabelText('Geburtsdatum'), '1988-03-14');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Arabisch' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Englisch' }));
    await userEvent.selectOptions(screen.getByLabelText('Bevorzugte Sprache'), 'Arabisch');
    await userEvent.selectOptions(
      screen.getByLabelText('Unterbringung'),
      'Gemeinschaftsunterkunft',
    );
    await userEvent.selectOptions(screen.getByLabelText('Aufenthaltsstatus'), 'Subsidiärer Schutz');
    await userEvent.type(screen.getByLabelText('Postleitzahl'), '70173');
    await userEvent.click(screen.getByRole('radio', { name: 'Neuen Haushalt anlegen' }));
    await userEvent.type(screen.getByLabelText('Name des neuen Haushalts'), 'Familie Haddad');
    await userEvent.selectOptions(screen.getByLabelText('Rolle im Haushalt'), 'Haushaltsvorstand');
    await userEvent.type(screen.getByLabelText('Einwilligung erteilt am'), '2026-11-20');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Beratung und Dokumentation' }));
    await save();

    const caseId = await openedCaseId(location.history);
    const caseFile = await db.caseFiles.get(caseId);
    expect(caseFile).toMatchObject({ status: 'open', openedOn: '2026-11-24' });
    const client = await db.clients.get(caseFile!.clientId);
    const [household] = await db.households.toArray();
    expect(household?.name).toBe('Familie Haddad');
    expect(client).toMatchObject({
      firstName: 'Amal',
      lastName: 'Haddad',
      dateOfBirth: '1988-03-14',
      languages: ['en', 'ar'],
      preferredLanguage: 'ar',
      accommodationType: 'shared',
      residenceStatus: 'subsidiaryProtection',
      addressPostalCode: '70173',
      householdId: household!.id,
      householdRole: 'head',
      consentGivenOn: '2026-11-20',
      consentScopes: ['counselling'],
    });
    expect(client?.nationality).toBeUndefined();
    expect(await db.localDrafts.get('client-new')).toBeUndefined();
  });

  it('lets a second client join the household, and shows both as its members', async () => {
    const first = await renderNewClient();
    await fillName('Amal', 'Haddad');
    await userEvent.click(screen.getByRole('radio', { name: 'Neuen Haushalt anlegen' }));
    await userEvent.type(screen.getByLabelText('Name des neuen Haushalts'), 'Familie Haddad');
    await save();
    const firstCaseId = await openedCaseId(first.location.history);
    first.unmount();

    const second = await renderNewClient();
    await fillName('Omar', 'Haddad');
    await userEvent.click(screen.getByRole('radio', { name: 'Bestehendem Haushalt zuordnen' }));
    await userEvent.selectOptions(
      screen.getByLabelText('Bestehender Haushalt'),
      'Familie Haddad (Amal Haddad)',
    );
    await userEvent.selectOptions(
      screen.getByLabelText('Rolle im Haushalt'),
      'Ehe-/Lebenspartner/-in',
    );
    await save();
    const secondCaseId = await openedCaseId(second.location.history);
    second.unmount();

    const clients = await db.clients.toArray();
    expect(new Set(clients.map((c) => c.householdId)).size).toBe(1);
    expect(await db.households.count()).toBe(1);

    // The household is offered with both members' names …
    const third = await renderNewClient();
    await userEvent.click(screen.getByRole('radio', { name: 'Bestehendem Haushalt zuordnen' }));
    expect(
      screen.getByRole('option', { name: 'Familie Haddad (Amal Haddad, Omar Haddad)' }),
    ).toBeInTheDocument();
    third.unmount();

    // … and each member's client page lists the other with a link to their case.
    const location = memoryLocation({ path: `/cases/${firstCaseId}/client` });
    await renderWithI18n(
      <Router hook={location.hook}>
        <Route path="/cases/:caseId/client" component={EditClientPage} />
      </Router>,
    );
    const members = await screen.findByRole('region', { name: 'Haushalt „Familie Haddad“' });
    expect(within(members).getByRole('link', { name: 'Omar Haddad' })).toHaveAttribute(
      'href',
      `/cases/${secondCaseId}`,
    );
    expect(within(members).getByText(/Ehe-\/Lebenspartner/)).toBeInTheDocument();
    expect(within(members).queryByText('Amal Haddad')).not.toBeInTheDocument();
  });

  it('offers the households on this device, and a household as soon as it is stored', async () => {
    await renderNewClient();
    await userEvent.click(screen.getByRole('radio', { name: 'Bestehendem Haushalt zuordnen' }));
    expect(screen.getByText(/gibt es noch keinen Haushalt/)).toBeInTheDocument();

    await openCaseForNewClient({ firstName: 'Leyla', lastName: 'Yilmaz' }, '2026-03-01', {
      name: 'Familie Yilmaz',
    });
    expect(
      await screen.findByRole('option', { name: 'Familie Yilmaz (Leyla Yilmaz)' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/gibt es noch keinen Haushalt/)).not.toBeInTheDocument();
  });

  it('keeps the special categories hidden until the manager opens them', async () => {
    const { location } = await renderNewClient();
    const toggle = screen.getByRole('button', {
      name: 'Besondere Kategorien personenbezogener Daten (Art. 9 DSGVO)',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(/besonders geschützt/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Gesundheit')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Religion')).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await fillName('Dana', 'Rahimi');
    await userEvent.type(screen.getByLabelText('Besonderer Schutzbedarf'), 'LGBTQ');
    await save();

    const caseId = await openedCaseId(location.history);
    const caseFile = await db.caseFiles.get(caseId);
    expect((await db.clients.get(caseFile!.clientId))?.protectionNeeds).toBe('LGBTQ');
  });

  it('refuses a date of birth in the future beside the field and stores nothing', async () => {
    const { location } = await renderNewClient();
    await fillName('Amal', 'Haddad');
    await userEvent.type(screen.getByLabelText('Geburtsdatum'), '2030-01-01');
    await save();

    await waitFor(() =>
      expect(screen.getByLabelText('Geburtsdatum')).toHaveAccessibleDescription(
        'Das Datum darf nicht in der Zukunft liegen.',
      ),
    );
    expect(
      screen.getByText('Nicht gespeichert: Bitte prüfen Sie die markierten Felder.'),
    ).toBeInTheDocument();
    expect(await db.clients.count()).toBe(0);
    expect(await db.caseFiles.count()).toBe(0);
    expect(location.history).toEqual(['/clients/new']);
  });

  it('refuses pasted control characters, over-long names and a malformed postal code', async () => {
    await renderNewClient();
    await userEvent.click(screen.getByLabelText('Vorname'));
    await userEvent.paste('Am\u0007al');
    await userEvent.type(screen.getByLabelText('Nachname'), 'x'.repeat(101));
    await userEvent.type(screen.getByLabelText('Postleitzahl'), '7017');
    await userEvent.click(screen.getByRole('radio', { name: 'Neuen Haushalt anlegen' }));
    await save();

    await waitFor(() =>
      expect(screen.getByLabelText('Vorname')).toHaveAccessibleDescription(/Steuerzeichen/),
    );
    expect(screen.getByLabelText('Nachname')).toHaveAccessibleDescription('Höchstens 100 Zeichen.');
    expect(screen.getByLabelText('Postleitzahl')).toHaveAccessibleDescription(
      'Das Format stimmt nicht.',
    );
    expect(screen.getByLabelText('Name des neuen Haushalts')).toHaveAccessibleDescription(
      /Bitte ausfüllen\./,
    );
    expect(await db.clients.count()).toBe(0);
    expect(await db.households.count()).toBe(0);
  });

  it('keeps a half-filled form as a draft across leaving and coming back', async () => {
    const first = await renderNewClient();
    await fillName('Amal', 'Had');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Farsi/Dari' }));
    await waitFor(async () =>
      expect((await db.localDrafts.get('client-new'))?.values).toMatchObject({ lastName: 'Had' }),
    );
    first.unmount();

    await renderNewClient();
    expect(
      screen.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Vorname')).toHaveValue('Amal');
    expect(screen.getByLabelText('Nachname')).toHaveValue('Had');
    expect(screen.getByRole('checkbox', { name: 'Farsi/Dari' })).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Entwurf verwerfen' }));
    expect(screen.getByLabelText('Vorname')).toHaveValue('');
    expect(await db.localDrafts.get('client-new')).toBeUndefined();
  });
});
