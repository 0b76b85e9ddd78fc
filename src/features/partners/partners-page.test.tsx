import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ORG_SCOPE, setToday } from '@/core/index';
import { db } from '@/db/database';
import { forgetDeviceNodeId } from '@/db/records/device-clock';
import { createRecord } from '@/db/records/write-records';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import PartnersPage from './partners-page';

async function renderPage() {
  const view = await renderWithI18n(<PartnersPage />);
  await screen.findByRole('heading', { name: 'Kooperationspartner', level: 1 });
  return view;
}

function fieldOf(label: string) {
  return screen.getByLabelText(label).closest('.field') as HTMLElement;
}

describe('PartnersPage', () => {
  beforeEach(async () => {
    setToday('2026-11-24');
    await Promise.all(db.tables.map((t) => t.clear()));
    forgetDeviceNodeId();
  });
  afterEach(() => setToday(undefined));

  it('adds a partner to the organisation-wide directory and finds it by search and type', async () => {
    const user = userEvent.setup();
    await createRecord('partners', { name: 'Volkshochschule Lindenbrunn', type: 'languageCourse' });
    await renderPage();
    await user.click(await screen.findByRole('button', { name: 'Partner hinzufügen' }));
    await user.type(
      await screen.findByLabelText('Name der Einrichtung'),
      'Jugendmigrationsdienst Mooswangen',
    );
    await user.selectOptions(screen.getByLabelText('Art'), 'Jugendmigrationsdienst (JMD)');
    await user.type(screen.getByLabelText('Ansprechperson'), 'Frau Öztürk');
    await user.type(screen.getByLabelText('Telefon'), '07123 45 67-0');
    await user.type(screen.getByLabelText('E-Mail'), 'jmd@example.org');
    await user.type(screen.getByLabelText('Anschrift'), 'Lindenweg 3, 79999 Mooswangen');
    await user.click(screen.getByLabelText('Arabisch'));
    await user.click(screen.getByRole('button', { name: 'Partner speichern' }));

    expect(await screen.findByText('Der Partner wurde gespeichert.')).toBeVisible();
    const stored = (await db.partners.toArray()).find((p) => p.type === 'youthMigrationService');
    expect(stored).toMatchObject({
      name: 'Jugendmigrationsdienst Mooswangen',
      contactPerson: 'Frau Öztürk',
      phone: '07123 45 67-0',
      email: 'jmd@example.org',
      languages: ['ar'],
      scope: ORG_SCOPE,
    });
    expect(stored?.note).toBeUndefined();

    await user.type(screen.getByLabelText('Nach Name suchen'), 'jugendmigration');
    const list = screen.getByRole('list');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Jugendmigrationsdienst Mooswangen');
    expect(item).toHaveTextContent('Ansprechperson: Frau Öztürk');
    expect(item).toHaveTextContent('Sprachen: Arabisch');
    expect(within(item).getByRole('link', { name: '07123 45 67-0' })).toHaveAttribute(
      'href',
      'tel:0712345670',
    );
    expect(within(item).getByRole('link', { name: 'jmd@example.org' })).toHaveAttribute(
      'href',
      'mailto:jmd@example.org',
    );

    await user.clear(screen.getByLabelText('Nach Name suchen'));
    await user.selectOptions(screen.getByLabelText('Art des Partners'), 'Sprachkursträger');
    await waitFor(() =>
      expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1),
    );
    expect(screen.getByRole('list')).toHaveTextContent('Volkshochschule Lindenbrunn');
    await user.type(screen.getByLabelText('Nach Name suchen'), 'Jobcenter');
    expect(await screen.findByText('Kein Partner passt zu Suche und Filter.')).toBeVisible();
  });

  it('refuses a malformed e-mail and a pasted control character beside the fields', async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(await screen.findByRole('button', { name: 'Partner hinzufügen' }));
    await user.click(await screen.findByLabelText('Name der Einrichtung'));
    await user.paste('Beratung\u0007stelle');
    await user.selectOptions(screen.getByLabelText('Art'), 'Beratungsstelle');
    await user.type(screen.getByLabelText('E-Mail'), 'keine-adresse');
    await user.click(screen.getByRole('button', { name: 'Partner speichern' }));
    expect(
      await within(fieldOf('Name der Einrichtung')).findByText(/unsichtbare Steuerzeichen/),
    ).toBeVisible();
    expect(within(fieldOf('E-Mail')).getByText('Das Format stimmt nicht.')).toBeVisible();
    expect(await db.partners.count()).toBe(0);
  });

  it('keeps a half-filled new partner across an unmount and remount', async () => {
    const user = userEvent.setup();
    const view = await renderPage();
    await user.click(await screen.findByRole('button', { name: 'Partner hinzufügen' }));
    await user.type(await screen.findByLabelText('Name der Einrichtung'), 'Tafel Eichenfurt');
    await waitFor(async () => expect(await db.localDrafts.count()).toBe(1));
    view.unmount();

    await renderPage();
    expect(await screen.findByLabelText('Name der Einrichtung')).toHaveValue('Tafel Eichenfurt');
    expect(screen.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect(await screen.findByRole('button', { name: 'Partner hinzufügen' })).toBeVisible();
    expect(await db.localDrafts.count()).toBe(0);
  });

  it('shows partners as they are stored and edits one in place', async () => {
    const user = userEvent.setup();
    await renderPage();
    expect(
      await screen.findByText('Im Verzeichnis ist noch kein Partner eingetragen.'),
    ).toBeVisible();
    const id = await createRecord('partners', {
      name: 'Jobcenter Mooswangen',
      type: 'jobcenter',
      phone: '0711 123',
    });
    if (!id.ok) throw new Error('partner not stored');
    expect(await screen.findByRole('heading', { name: 'Jobcenter Mooswangen' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Bearbeiten: Jobcenter Mooswangen' }));
    const phone = await screen.findByLabelText('Telefon');
    expect(phone).toHaveValue('0711 123');
    await user.clear(phone);
    await user.type(screen.getByLabelText('Notiz'), 'Sprechzeiten Di und Do');
    await user.click(screen.getByRole('button', { name: 'Partner speichern' }));
    expect(await screen.findByText('Sprechzeiten Di und Do')).toBeVisible();
    const stored = await db.partners.get(id.id);
    expect(stored).toMatchObject({ note: 'Sprechzeiten Di und Do', type: 'jobcenter' });
    expect(stored?.phone).toBeUndefined();
  });
});
