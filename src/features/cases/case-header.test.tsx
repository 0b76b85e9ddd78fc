import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { setToday } from '@/core/index';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { SettingKey, writeSetting } from '@/db/local-settings';
import { updateRecord } from '@/db/records/write-records';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { CaseHeader } from './case-header';

async function newCase() {
  const opened = await openCaseForNewClient(
    { firstName: 'Amal', lastName: 'Haddad', preferredLanguage: 'ar' },
    '2026-01-10',
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.id.caseId;
}

async function renderHeader(caseId: string) {
  const view = await renderWithI18n(
    <Router hook={memoryLocation({ path: `/cases/${caseId}` }).hook}>
      <CaseHeader caseId={caseId} />
    </Router>,
  );
  await screen.findByRole('heading', { level: 1 });
  await screen.findByLabelText('Neuer Status');
  return view;
}

const statusForm = () => screen.getByRole('region', { name: 'Status ändern' });

/** The status form is folded until its heading is clicked. */
async function openStatusForm() {
  const region = await screen.findByRole('region', { name: 'Status ändern' });
  if (!region.querySelector('details')!.open)
    await userEvent.click(within(region).getByRole('heading', { name: 'Status ändern' }));
  return within(region);
}

async function changeStatus(to: string, date: string, reason = '') {
  const form = await openStatusForm();
  await userEvent.selectOptions(form.getByLabelText('Neuer Status'), to);
  await userEvent.clear(form.getByLabelText('Datum'));
  if (date) await userEvent.type(form.getByLabelText('Datum'), date);
  if (reason) await userEvent.type(form.getByLabelText('Grund'), reason);
  await userEvent.click(form.getByRole('button', { name: 'Status ändern' }));
}

describe('CaseHeader', () => {
  let caseId: string;
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    setToday('2026-11-24');
    caseId = await newCase();
  });
  afterEach(() => setToday(undefined));

  it('shows who, which case, its status, language and the way to the client data', async () => {
    await renderHeader(caseId);
    const caseFile = (await db.caseFiles.get(caseId))!;
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Amal Haddad');
    expect(screen.getByText(caseFile.caseNumber)).toBeInTheDocument();
    expect(screen.getByTestId('case-status')).toHaveTextContent('offen');
    expect(screen.getByText('seit 10.01.2026')).toBeInTheDocument();
    expect(screen.getByText('Eröffnet am').nextElementSibling).toHaveTextContent('10.01.2026');
    expect(screen.getByText('Bevorzugte Sprache').nextElementSibling).toHaveTextContent('Arabisch');
    expect(screen.getByRole('link', { name: 'Stammdaten bearbeiten' })).toHaveAttribute(
      'href',
      `/cases/${caseId}/client`,
    );
    const options = within(statusForm())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Pausieren', 'Abschließen']);
    expect(within(statusForm()).getByLabelText('Datum')).toHaveValue('2026-11-24');
  });

  it('says when the case was taken from this person and stays only for unsent changes', async () => {
    await renderHeader(caseId);
    const notice = 'Dieser Fall ist Ihnen nicht mehr zugewiesen';
    expect(screen.queryByText(notice, { exact: false })).toBeNull();
    await writeSetting(SettingKey.keptScopes, [caseId]);
    expect(await screen.findByText(notice, { exact: false })).toHaveTextContent(
      'lässt sich nicht mehr ändern',
    );
    // A change is refused with the reason beside the form.
    await changeStatus('paused', '2026-11-20', 'Umzug');
    expect(
      await within(statusForm()).findByText(/Änderungen daran werden nicht mehr gespeichert/),
    ).toBeVisible();
    expect((await db.caseFiles.get(caseId))?.status).toBe('open');
  });

  it('adds and removes tags, and shows tags stored elsewhere', async () => {
    await renderHeader(caseId);
    expect(screen.getByText('Noch keine Schlagwörter.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Neues Schlagwort'), ' Familiennachzug ');
    await userEvent.click(screen.getByRole('button', { name: 'Schlagwort hinzufügen' }));
    await waitFor(async () =>
      expect((await db.caseFiles.get(caseId))?.tags).toEqual(['Familiennachzug']),
    );
    await waitFor(() => expect(screen.getByLabelText('Neues Schlagwort')).toHaveValue(''));

    await updateRecord('caseFiles', caseId, { tags: ['Familiennachzug', 'Sprachkurs'] });
    expect(await screen.findByText('Sprachkurs')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Schlagwort „Familiennachzug“ entfernen' }),
    );
    await waitFor(async () =>
      expect((await db.caseFiles.get(caseId))?.tags).toEqual(['Sprachkurs']),
    );
    await waitFor(() => expect(screen.queryByText('Familiennachzug')).not.toBeInTheDocument());
  });

  it('refuses an over-long tag or a pasted control character beside the field', async () => {
    await renderHeader(caseId);
    const input = screen.getByLabelText('Neues Schlagwort');
    await userEvent.type(input, 'x'.repeat(41));
    await userEvent.click(screen.getByRole('button', { name: 'Schlagwort hinzufügen' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Neues Schlagwort')).toHaveAccessibleDescription(
        'Höchstens 40 Zeichen.',
      ),
    );
    await userEvent.clear(input);
    await userEvent.click(input);
    await userEvent.paste('Job\u0007center');
    await userEvent.click(screen.getByRole('button', { name: 'Schlagwort hinzufügen' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Steuerzeichen/));
    expect((await db.caseFiles.get(caseId))?.tags).toEqual([]);
  });

  it('pauses a case only with a reason, then offers to reopen or close it', async () => {
    await renderHeader(caseId);
    const before = await db.caseFiles.get(caseId);
    await changeStatus('Pausieren', '2026-11-20');
    await waitFor(() =>
      expect(within(statusForm()).getByLabelText('Grund')).toHaveAccessibleDescription(
        /Bitte einen Grund angeben\./,
      ),
    );
    expect(await db.caseFiles.get(caseId)).toEqual(before);

    await userEvent.type(within(statusForm()).getByLabelText('Grund'), 'Krankenhausaufenthalt');
    await userEvent.click(within(statusForm()).getByRole('button', { name: 'Status ändern' }));
    await waitFor(() => expect(screen.getByTestId('case-status')).toHaveTextContent('pausiert'));
    expect(screen.getByText('seit 20.11.2026')).toBeInTheDocument();
    expect(screen.getByText('Grund: Krankenhausaufenthalt')).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Status ändern' });
    expect(await db.caseFiles.get(caseId)).toMatchObject({
      status: 'paused',
      statusSince: '2026-11-20',
      statusReason: 'Krankenhausaufenthalt',
    });
    const options = within(statusForm())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Wieder aufnehmen', 'Abschließen']);
    expect(within(statusForm()).getByLabelText('Grund')).toHaveValue('');
    expect(await db.localDrafts.get(`case-status:${caseId}`)).toBeUndefined();
  });

  it('refuses closing before the opening date with the message beside the date', async () => {
    await renderHeader(caseId);
    const before = await db.caseFiles.get(caseId);
    await changeStatus('Abschließen', '2025-12-31', 'Umzug nach Bayern');
    await waitFor(() =>
      expect(within(statusForm()).getByLabelText('Datum')).toHaveAccessibleDescription(
        'Der Fall kann nicht vor seiner Eröffnung geschlossen werden.',
      ),
    );
    expect(await db.caseFiles.get(caseId)).toEqual(before);
  });

  it('refuses a status date in the future', async () => {
    await renderHeader(caseId);
    await changeStatus('Abschließen', '2026-12-01', 'Umzug nach Bayern');
    await waitFor(() =>
      expect(within(statusForm()).getByLabelText('Datum')).toHaveAccessibleDescription(
        'Das Datum darf nicht in der Zukunft liegen.',
      ),
    );
    expect((await db.caseFiles.get(caseId))?.status).toBe('open');
  });

  it('closes a case and reopens it', async () => {
    await renderHeader(caseId);
    await changeStatus('Abschließen', '2026-11-24', 'Ziele erreicht');
    await waitFor(() => expect(screen.getByTestId('case-status')).toHaveTextContent('geschlossen'));
    expect(await db.caseFiles.get(caseId)).toMatchObject({
      status: 'closed',
      closedOn: '2026-11-24',
    });
    await screen.findByRole('region', { name: 'Status ändern' });
    expect(
      within(statusForm())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Wieder aufnehmen']);

    await changeStatus('Wieder aufnehmen', '2026-11-24');
    await waitFor(() => expect(screen.getByTestId('case-status')).toHaveTextContent('offen'));
    const reopened = await db.caseFiles.get(caseId);
    expect(reopened).toMatchObject({ status: 'open', statusSince: '2026-11-24' });
    expect(reopened?.closedOn).toBeUndefined();
  });

  it('keeps a half-filled status change as a draft across leaving and coming back', async () => {
    const first = await renderHeader(caseId);
    await openStatusForm();
    await userEvent.selectOptions(
      within(statusForm()).getByLabelText('Neuer Status'),
      'Abschließen',
    );
    await userEvent.type(within(statusForm()).getByLabelText('Grund'), 'Umzug');
    await waitFor(async () =>
      expect((await db.localDrafts.get(`case-status:${caseId}`))?.values).toMatchObject({
        status: 'closed',
        reason: 'Umzug',
      }),
    );
    first.unmount();

    await renderHeader(caseId);
    expect(
      within(statusForm()).getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.'),
    ).toBeVisible();
    expect(within(statusForm()).getByLabelText('Neuer Status')).toHaveValue('closed');
    expect(within(statusForm()).getByLabelText('Grund')).toHaveValue('Umzug');
  });
});
