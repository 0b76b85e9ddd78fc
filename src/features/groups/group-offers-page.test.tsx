import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '@/core/index';
import { changeCaseStatus } from '@/db/commands/change-case-status';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { recordGroupOffer } from '@/db/commands/record-group-offer';
import { db } from '@/db/database';
import { forgetDeviceNodeId } from '@/db/records/device-clock';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import GroupOffersPage from './group-offers-page';

async function newCase(firstName: string, lastName: string) {
  const opened = await openCaseForNewClient({ firstName, lastName }, '2026-01-10');
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.id.caseId;
}

async function renderPage() {
  const view = await renderWithI18n(<GroupOffersPage />);
  await screen.findByLabelText('Titel');
  return view;
}

function attendee(name: RegExp) {
  return screen.getByRole('checkbox', { name });
}

describe('GroupOffersPage', () => {
  beforeEach(async () => {
    setToday('2026-11-24');
    await Promise.all(db.tables.map((t) => t.clear()));
    forgetDeviceNodeId();
  });
  afterEach(() => setToday(undefined));

  it('records a group offer with two attendees as a contact in each of both cases', async () => {
    const user = userEvent.setup();
    const amal = await newCase('Amal', 'Haddad');
    const olena = await newCase('Olena', 'Kovalenko');
    await newCase('Reza', 'Ahmadi');
    await renderPage();
    await user.type(screen.getByLabelText('Titel'), 'Bewerbungstraining');
    await user.type(screen.getByLabelText('Dauer (Minuten)'), '90');
    await user.click(screen.getByLabelText('Arbeit und Qualifizierung'));
    await user.click(await screen.findByRole('checkbox', { name: /Amal Haddad/ }));
    await user.click(attendee(/Olena Kovalenko/));
    expect(screen.getByText('2 Personen ausgewählt')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Gruppenangebot speichern' }));

    expect(await screen.findByText(/in 2 Fallakten als Kontakt eingetragen/)).toBeVisible();
    const offers = await db.groupOffers.toArray();
    expect(offers).toEqual([
      expect.objectContaining({
        title: 'Bewerbungstraining',
        date: '2026-11-24',
        durationMinutes: 90,
        lifeAreaKeys: ['work'],
        attendeeCaseIds: [amal, olena],
        scope: 'org',
      }),
    ]);
    const contacts = await db.contacts.toArray();
    expect(contacts.map((c) => c.caseId).sort()).toEqual([amal, olena].sort());
    for (const contact of contacts)
      expect(contact).toMatchObject({
        mode: 'group',
        date: '2026-11-24',
        durationMinutes: 90,
        groupOfferId: offers[0]!.id,
      });

    const list = within(screen.getByRole('region', { name: 'Bisherige Gruppenangebote' }));
    const item = (await list.findByText('Bewerbungstraining')).closest('li')!;
    expect(item).toHaveTextContent('24.11.2026 · 90 Min. · Teilnehmende: 2');
    expect(await screen.findByLabelText('Titel')).toHaveValue('');
    expect(attendee(/Amal Haddad/)).not.toBeChecked();
  });

  it('refuses an offer without attendees or in the future and stores nothing', async () => {
    const user = userEvent.setup();
    await newCase('Amal', 'Haddad');
    await renderPage();
    await user.type(screen.getByLabelText('Titel'), 'Sprachcafé');
    await user.clear(screen.getByLabelText('Datum'));
    await user.type(screen.getByLabelText('Datum'), '2026-12-01');
    await user.type(screen.getByLabelText('Dauer (Minuten)'), '60');
    await user.click(screen.getByRole('button', { name: 'Gruppenangebot speichern' }));

    const picker = screen.getByRole('group', { name: 'Teilnehmende' });
    expect(await within(picker).findByText('Mindestens 1.')).toBeVisible();
    const dateField = screen.getByLabelText('Datum').closest('.field') as HTMLElement;
    expect(
      within(dateField).getByText('Das Datum darf nicht in der Zukunft liegen.'),
    ).toBeVisible();
    expect(await db.groupOffers.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a pasted control character in the note', async () => {
    const user = userEvent.setup();
    await newCase('Amal', 'Haddad');
    await renderPage();
    await user.type(screen.getByLabelText('Titel'), 'Sprachcafé');
    await user.type(screen.getByLabelText('Dauer (Minuten)'), '60');
    await user.click(await screen.findByRole('checkbox', { name: /Amal Haddad/ }));
    await user.click(screen.getByLabelText('Notiz'));
    await user.paste('Gut\u0007 besucht');
    await user.click(screen.getByRole('button', { name: 'Gruppenangebot speichern' }));
    const noteField = screen.getByLabelText('Notiz').closest('.field') as HTMLElement;
    expect(await within(noteField).findByText(/unsichtbare Steuerzeichen/)).toBeVisible();
    expect(await db.groupOffers.count()).toBe(0);
  });

  it('finds attendees among the open cases by name or case number', async () => {
    const user = userEvent.setup();
    await newCase('Amal', 'Haddad');
    const olena = await newCase('Olena', 'Kovalenko');
    const closed = await newCase('Reza', 'Ahmadi');
    await changeCaseStatus(closed, 'closed', '2026-11-01', 'Umzug');
    await renderPage();
    await screen.findByRole('checkbox', { name: /Amal Haddad/ });
    expect(screen.queryByRole('checkbox', { name: /Reza Ahmadi/ })).not.toBeInTheDocument();

    const search = screen.getByLabelText('Teilnehmende suchen (Name oder Aktenzeichen)');
    await user.type(search, 'kovalenko');
    expect(screen.getAllByRole('checkbox', { name: /\(IM-/ })).toHaveLength(1);
    await user.click(attendee(/Olena Kovalenko/));
    await user.clear(search);
    const caseNumber = (await db.caseFiles.get(olena))!.caseNumber;
    await user.type(search, 'Haddad');
    expect(attendee(/Olena Kovalenko/)).toBeChecked();
    expect(attendee(/Amal Haddad/)).not.toBeChecked();
    await user.clear(search);
    await user.type(search, caseNumber.toLowerCase());
    expect(screen.getAllByRole('checkbox', { name: /\(IM-/ })).toHaveLength(1);
  });

  it('keeps a half-filled form across an unmount and remount', async () => {
    const user = userEvent.setup();
    await newCase('Amal', 'Haddad');
    const view = await renderPage();
    await user.type(screen.getByLabelText('Titel'), 'Elterncafé');
    await user.click(await screen.findByRole('checkbox', { name: /Amal Haddad/ }));
    await waitFor(async () =>
      expect((await db.localDrafts.get('group-offer-new'))?.values).toMatchObject({
        title: 'Elterncafé',
        attendeeCaseIds: [expect.any(String)],
      }),
    );
    view.unmount();

    await renderPage();
    expect(screen.getByLabelText('Titel')).toHaveValue('Elterncafé');
    expect(await screen.findByRole('checkbox', { name: /Amal Haddad/ })).toBeChecked();
    expect(screen.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.')).toBeVisible();
  });

  it('lists group offers as they are stored, newest first', async () => {
    const amal = await newCase('Amal', 'Haddad');
    await renderPage();
    expect(
      await screen.findByText('Es wurden noch keine Gruppenangebote dokumentiert.'),
    ).toBeVisible();
    await recordGroupOffer({
      title: 'Sprachcafé',
      date: '2026-11-03',
      durationMinutes: 60,
      attendeeCaseIds: [amal],
    });
    await recordGroupOffer({
      title: 'Elterncafé',
      date: '2026-11-17',
      durationMinutes: 45,
      attendeeCaseIds: [amal],
    });
    const list = within(screen.getByRole('region', { name: 'Bisherige Gruppenangebote' }));
    await waitFor(() => expect(list.getAllByRole('listitem')).toHaveLength(2));
    expect(
      list.getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['Elterncafé', 'Sprachcafé']);
  });
});
