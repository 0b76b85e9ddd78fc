import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { setToday } from '@/core/index';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { forgetDeviceNodeId } from '@/db/records/device-clock';
import { createRecord } from '@/db/records/write-records';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { ReferralList } from './referral-list';

function ok<T>(result: { ok: true; id: T } | { ok: false; issues: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.id;
}

async function newCase() {
  return ok(await openCaseForNewClient({ firstName: 'Amal', lastName: 'Haddad' }, '2026-01-10'));
}

async function newPartner(name = 'Jobcenter Mooswangen') {
  return ok(await createRecord('partners', { name, type: 'jobcenter' }));
}

async function renderList(caseId: string) {
  const location = memoryLocation({ path: `/cases/${caseId}/referrals` });
  const view = await renderWithI18n(
    <Router hook={location.hook}>
      <ReferralList caseId={caseId} />
    </Router>,
  );
  return { view, location };
}

function fieldOf(label: string) {
  return screen.getByLabelText(label).closest('.field') as HTMLElement;
}

describe('ReferralList', () => {
  beforeEach(async () => {
    setToday('2026-11-24');
    await Promise.all(db.tables.map((t) => t.clear()));
    forgetDeviceNodeId();
  });
  afterEach(() => setToday(undefined));

  it('saves a referral to a partner and lists it with the partner name', async () => {
    const user = userEvent.setup();
    const { caseId, clientId } = await newCase();
    const partnerId = await newPartner();
    await renderList(caseId);
    await user.selectOptions(
      await screen.findByLabelText('Kooperationspartner'),
      'Jobcenter Mooswangen',
    );
    await user.selectOptions(screen.getByLabelText('Lebensbereich'), 'Arbeit und Qualifizierung');
    await user.selectOptions(screen.getByLabelText('Stand'), 'angefragt');
    await user.type(screen.getByLabelText('Notiz'), 'Termin zur Beratung vereinbart');
    await user.click(screen.getByRole('button', { name: 'Vermittlung speichern' }));

    const list = within(screen.getByRole('region', { name: 'Vermittlungen dieses Falls' }));
    const item = (await list.findByText('Jobcenter Mooswangen')).closest('li')!;
    expect(item).toHaveTextContent('24.11.2026 · Arbeit und Qualifizierung');
    expect(item).toHaveTextContent('Termin zur Beratung vereinbart');
    expect(within(item).getByLabelText('Stand ändern')).toHaveValue('sent');
    expect(await db.referrals.toArray()).toEqual([
      expect.objectContaining({
        caseId,
        clientId,
        partnerId,
        lifeAreaKey: 'work',
        date: '2026-11-24',
        status: 'sent',
        note: 'Termin zur Beratung vereinbart',
      }),
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('gespeichert');
    expect(await screen.findByLabelText('Kooperationspartner')).toHaveValue('');
  });

  it('refuses a missing partner and a pasted control character beside the fields', async () => {
    const user = userEvent.setup();
    const { caseId } = await newCase();
    await newPartner();
    await renderList(caseId);
    await user.click(await screen.findByLabelText('Notiz'));
    await user.paste('Bitte\u0007 anrufen');
    await user.click(screen.getByRole('button', { name: 'Vermittlung speichern' }));
    expect(
      await within(fieldOf('Kooperationspartner')).findByText('Bitte ausfüllen.'),
    ).toBeVisible();
    expect(within(fieldOf('Notiz')).getByText(/unsichtbare Steuerzeichen/)).toBeVisible();
    expect(await db.referrals.count()).toBe(0);
  });

  it('keeps a half-filled form across an unmount and remount', async () => {
    const user = userEvent.setup();
    const { caseId } = await newCase();
    await newPartner();
    const { view } = await renderList(caseId);
    await user.selectOptions(
      await screen.findByLabelText('Kooperationspartner'),
      'Jobcenter Mooswangen',
    );
    await user.type(screen.getByLabelText('Notiz'), 'Unterlagen mitbringen');
    await waitFor(async () => expect(await db.localDrafts.count()).toBe(1));
    view.unmount();

    await renderList(caseId);
    expect(await screen.findByLabelText('Notiz')).toHaveValue('Unterlagen mitbringen');
    expect(screen.getByLabelText('Kooperationspartner')).toHaveDisplayValue('Jobcenter Mooswangen');
    expect(screen.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.')).toBeVisible();
  });

  it('lists new referrals as they are stored and changes their status in place', async () => {
    const user = userEvent.setup();
    const { caseId, clientId } = await newCase();
    const partnerId = await newPartner('VHS Lindenbrunn');
    await renderList(caseId);
    expect(
      await screen.findByText('Für diesen Fall gibt es noch keine Vermittlungen.'),
    ).toBeVisible();
    const referralId = ok(
      await createRecord('referrals', {
        caseId,
        clientId,
        partnerId,
        date: '2026-11-20',
        status: 'planned',
      }),
    );
    const item = (await screen.findByText('VHS Lindenbrunn', { selector: 'strong' })).closest(
      'li',
    )!;
    await user.selectOptions(within(item).getByLabelText('Stand ändern'), 'angenommen');
    await waitFor(async () =>
      expect((await db.referrals.get(referralId))?.status).toBe('accepted'),
    );
  });

  it('points to the partner directory while it is empty', async () => {
    const { caseId } = await newCase();
    await renderList(caseId);
    const link = await screen.findByRole('link', { name: 'Zum Partnerverzeichnis' });
    expect(link).toHaveAttribute('href', '/partners');
    expect(screen.queryByLabelText('Kooperationspartner')).not.toBeInTheDocument();
  });
});
