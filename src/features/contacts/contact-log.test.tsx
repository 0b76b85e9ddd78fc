import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '@/core/index';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { recordGroupOffer } from '@/db/commands/record-group-offer';
import { db } from '@/db/database';
import { forgetDeviceNodeId } from '@/db/records/device-clock';
import { createRecord } from '@/db/records/write-records';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { CaseTimeline } from './case-timeline';
import { ContactLog } from './contact-log';

async function newCase(firstName = 'Amal') {
  const opened = await openCaseForNewClient({ firstName, lastName: 'Haddad' }, '2026-01-10');
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.id;
}

async function renderLog(caseId: string) {
  const view = await renderWithI18n(<ContactLog caseId={caseId} />);
  await screen.findByLabelText('Dauer (Minuten)');
  return view;
}

function fieldOf(label: string) {
  return screen.getByLabelText(label).closest('.field') as HTMLElement;
}

describe('ContactLog', () => {
  beforeEach(async () => {
    setToday('2026-11-24');
    await Promise.all(db.tables.map((t) => t.clear()));
    forgetDeviceNodeId();
  });
  afterEach(() => setToday(undefined));

  it('saves a contact, lists it, starts a fresh form, and shows it in the timeline', async () => {
    const user = userEvent.setup();
    const { caseId, clientId } = await newCase();
    const view = await renderLog(caseId);
    expect(screen.getByLabelText('Datum')).toHaveValue('2026-11-24');
    await user.type(screen.getByLabelText('Dauer (Minuten)'), '45');
    await user.selectOptions(screen.getByLabelText('Art des Kontakts'), 'telefonisch');
    await user.click(screen.getByLabelText('Wohnen'));
    await user.type(screen.getByLabelText('Notiz'), 'Wohnungssuche besprochen');
    await user.type(screen.getByLabelText('Wiedervorlage'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Kontakt speichern' }));

    const list = within(screen.getByRole('region', { name: 'Dokumentierte Kontakte' }));
    expect(await list.findByText('Wohnungssuche besprochen')).toBeInTheDocument();
    expect(list.getByText('telefonisch')).toBeInTheDocument();
    expect(list.getByText('45 Min.')).toBeInTheDocument();
    expect(list.getByText('Lebensbereiche: Wohnen')).toBeInTheDocument();
    expect(list.getByText('Wiedervorlage am 01.12.2026')).toBeInTheDocument();
    const stored = await db.contacts.toArray();
    expect(stored).toEqual([
      expect.objectContaining({
        caseId,
        clientId,
        date: '2026-11-24',
        durationMinutes: 45,
        mode: 'phone',
        lifeAreaKeys: ['housing'],
        note: 'Wohnungssuche besprochen',
        followUpDate: '2026-12-01',
        scope: caseId,
      }),
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('Der Kontakt wurde gespeichert.');
    expect(await screen.findByLabelText('Dauer (Minuten)')).toHaveValue(null);
    expect(screen.getByLabelText('Notiz')).toHaveValue('');
    expect(screen.getByLabelText('Datum')).toHaveValue('2026-11-24');
    expect(await db.localDrafts.count()).toBe(0);

    view.unmount();
    await renderWithI18n(<CaseTimeline caseId={caseId} />);
    const entry = (await screen.findByText(/telefonisch, 45 Min\./)).closest('li')!;
    expect(entry).toHaveTextContent('24.11.2026');
    expect(entry).toHaveTextContent('Kontakt');
    expect(entry).toHaveTextContent('Wohnungssuche besprochen');
  });

  it('refuses a follow-up before the contact beside the field and stores nothing', async () => {
    const user = userEvent.setup();
    const { caseId } = await newCase();
    await renderLog(caseId);
    await user.type(screen.getByLabelText('Dauer (Minuten)'), '30');
    await user.type(screen.getByLabelText('Wiedervorlage'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Kontakt speichern' }));
    expect(
      await within(fieldOf('Wiedervorlage')).findByText(
        'Die Wiedervorlage kann nicht vor dem Kontakt liegen.',
      ),
    ).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a contact date in the future', async () => {
    const user = userEvent.setup();
    const { caseId } = await newCase();
    await renderLog(caseId);
    await user.clear(screen.getByLabelText('Datum'));
    await user.type(screen.getByLabelText('Datum'), '2026-11-25');
    await user.type(screen.getByLabelText('Dauer (Minuten)'), '30');
    await user.click(screen.getByRole('button', { name: 'Kontakt speichern' }));
    expect(
      await within(fieldOf('Datum')).findByText('Das Datum darf nicht in der Zukunft liegen.'),
    ).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a pasted control character in the note', async () => {
    const user = userEvent.setup();
    const { caseId } = await newCase();
    await renderLog(caseId);
    await user.type(screen.getByLabelText('Dauer (Minuten)'), '30');
    await user.click(screen.getByLabelText('Notiz'));
    await user.paste('Termin\u0007 beim Jobcenter');
    await user.click(screen.getByRole('button', { name: 'Kontakt speichern' }));
    expect(
      await within(fieldOf('Notiz')).findByText(/Enthält unsichtbare Steuerzeichen/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nicht gespeichert: Bitte prüfen Sie/)).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
  });

  it('keeps a half-filled form across an unmount and remount', async () => {
    const user = userEvent.setup();
    const { caseId } = await newCase();
    const view = await renderLog(caseId);
    await user.type(screen.getByLabelText('Dauer (Minuten)'), '20');
    await user.type(screen.getByLabelText('Notiz'), 'Halb fertig');
    await waitFor(async () => expect(await db.localDrafts.count()).toBe(1));
    view.unmount();

    await renderLog(caseId);
    expect(screen.getByLabelText('Notiz')).toHaveValue('Halb fertig');
    expect(screen.getByLabelText('Dauer (Minuten)')).toHaveValue(20);
    expect(
      screen.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Entwurf verwerfen' }));
    expect(screen.getByLabelText('Notiz')).toHaveValue('');
  });

  it('lists contacts newest first as they are recorded, with a group offer by its title', async () => {
    const { caseId, clientId } = await newCase();
    await renderLog(caseId);
    expect(
      await screen.findByText('Für diesen Fall sind noch keine Kontakte dokumentiert.'),
    ).toBeInTheDocument();

    await createRecord('contacts', {
      caseId,
      clientId,
      date: '2026-11-02',
      durationMinutes: 60,
      mode: 'inPerson',
      note: 'Erstgespräch',
    });
    await recordGroupOffer({
      title: 'Bewerbungstraining',
      date: '2026-11-10',
      durationMinutes: 90,
      attendeeCaseIds: [caseId],
    });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    const [newest, oldest] = screen.getAllByRole('listitem');
    expect(newest).toHaveTextContent('10.11.2026');
    expect(newest).toHaveTextContent('Gruppenangebot: Bewerbungstraining');
    expect(newest).toHaveTextContent('Gruppe');
    expect(oldest).toHaveTextContent('Erstgespräch');
  });
});
