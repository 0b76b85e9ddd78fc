import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/database';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { ConflictInbox } from './conflict-inbox';
import { newCase, resetDevice, seedConflict } from './sync-test-support';

const at = (iso: string) => format(new Date(iso), 'dd.MM.yyyy, HH:mm');

async function renderInbox(caseId: string) {
  await renderWithI18n(<ConflictInbox caseId={caseId} />);
  const badge = await screen.findByTestId('conflict-badge');
  await userEvent.click(screen.getByRole('button', { name: 'Ansehen' }));
  return badge;
}

describe('ConflictInbox', () => {
  let opened: Awaited<ReturnType<typeof newCase>>;
  beforeEach(async () => {
    await resetDevice();
    opened = await newCase();
    await db.localOutbox.clear();
    useSessionStore.getState().unlocked(
      {
        id: 'u1',
        orgId: 'o1',
        displayName: 'Max Muster',
        email: 'max@example.org',
        role: 'manager',
      },
      'token',
    );
  });

  it('shows nothing while the case has no unresolved conflict', async () => {
    await seedConflict(opened.caseId, {
      table: 'clients',
      recordId: opened.clientId,
      resolution: 'dismissed',
    });
    const { container } = await renderWithI18n(<ConflictInbox caseId={opened.caseId} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each conflict with record, field, kept value, who wrote it and who won', async () => {
    await seedConflict(opened.caseId, { table: 'clients', recordId: opened.clientId });
    await seedConflict(opened.caseId, {
      table: 'caseFiles',
      recordId: opened.caseId,
      field: 'status',
      value: 'paused',
    });
    const badge = await renderInbox(opened.caseId);
    expect(badge).toHaveTextContent('2 Konflikte');

    const client = within(
      screen.getByRole('listitem', { name: 'Stammdaten „Amal Haddad“ · Nachname' }),
    );
    expect(client.getByText('Haddad-Ali')).toBeInTheDocument();
    expect(
      client.getByText(`geändert von Max Muster am ${at('2026-11-20T09:00:00Z')}`),
    ).toBeInTheDocument();
    expect(client.getByText('Jetzt gespeichert').nextElementSibling).toHaveTextContent('Haddad');
    expect(
      client.getByText(
        `Übernommen wurde die Änderung von Erika Beispiel vom ${at('2026-11-20T10:00:00Z')}.`,
      ),
    ).toBeInTheDocument();

    const caseFile = within(
      screen.getByRole('listitem', { name: `Fallakte „${opened.caseNumber}“ · Status` }),
    );
    expect(caseFile.getByText('pausiert')).toBeInTheDocument();
    expect(caseFile.getByText('Jetzt gespeichert').nextElementSibling).toHaveTextContent('offen');
  });

  it('restores: writes the kept value again and resolves the conflict in one go', async () => {
    const id = await seedConflict(opened.caseId, { table: 'clients', recordId: opened.clientId });
    await renderInbox(opened.caseId);
    await userEvent.click(screen.getByRole('button', { name: 'Wiederherstellen' }));

    await waitFor(() => expect(screen.queryByTestId('conflict-badge')).not.toBeInTheDocument());
    expect((await db.clients.get(opened.clientId))!.lastName).toBe('Haddad-Ali');
    const conflict = (await db.conflicts.get(id))!;
    expect(conflict).toMatchObject({ resolution: 'restored', resolvedByName: 'Max Muster' });
    expect(Date.parse(conflict.resolvedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const outbox = await db.localOutbox.toArray();
    expect(outbox.map((e) => [e.table, e.recordId, Object.keys(e.fields)])).toEqual([
      ['clients', opened.clientId, ['lastName']],
      ['conflicts', id, ['resolution', 'resolvedAt', 'resolvedByName']],
    ]);
    expect(outbox[0]!.fields.lastName).toBe('Haddad-Ali');
  });

  it('dismisses: the conflict is resolved and the record stays as it is', async () => {
    const id = await seedConflict(opened.caseId, { table: 'clients', recordId: opened.clientId });
    const other = await seedConflict(opened.caseId, {
      table: 'clients',
      recordId: opened.clientId,
      field: 'firstName',
      value: 'Amala',
    });
    await renderInbox(opened.caseId);
    const item = within(screen.getByRole('listitem', { name: /Nachname$/ }));
    await userEvent.click(item.getByRole('button', { name: 'Verwerfen' }));

    await waitFor(() =>
      expect(screen.getByTestId('conflict-badge')).toHaveTextContent('1 Konflikt'),
    );
    expect((await db.conflicts.get(id))!.resolution).toBe('dismissed');
    expect((await db.conflicts.get(other))!.resolution).toBeUndefined();
    expect((await db.clients.get(opened.clientId))!.lastName).toBe('Haddad');
    expect((await db.localOutbox.toArray()).map((e) => e.table)).toEqual(['conflicts']);
  });

  it('says why a value cannot be restored and changes nothing', async () => {
    const id = await seedConflict(opened.caseId, {
      table: 'clients',
      recordId: opened.clientId,
      field: 'addressPostalCode',
      value: '7',
    });
    await renderInbox(opened.caseId);
    await userEvent.click(screen.getByRole('button', { name: 'Wiederherstellen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nichts geändert: Postleitzahl: Das Format stimmt nicht.',
    );
    expect((await db.conflicts.get(id))!.resolution).toBeUndefined();
    expect(await db.localOutbox.count()).toBe(0);
  });

  it('says when the record is gone', async () => {
    await seedConflict(opened.caseId, { table: 'goals', recordId: 'gone', field: 'text' });
    await renderInbox(opened.caseId);
    expect(screen.getByText('Der Datensatz ist nicht mehr vorhanden.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Wiederherstellen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nichts geändert: Der Datensatz existiert nicht (mehr).',
    );
    expect(await db.localOutbox.count()).toBe(0);
  });
});
