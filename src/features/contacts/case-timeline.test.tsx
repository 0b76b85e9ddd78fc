import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setToday } from '@/core/index';
import { addReview } from '@/db/commands/add-review';
import { changeCaseStatus } from '@/db/commands/change-case-status';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { forgetDeviceNodeId } from '@/db/records/device-clock';
import { createRecord, updateRecord } from '@/db/records/write-records';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { CaseTimeline } from './case-timeline';

function ok<T>(result: { ok: true; id: T } | { ok: false; issues: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.id;
}

function entryTexts() {
  return screen.getAllByRole('listitem').map((item) => item.textContent);
}

describe('CaseTimeline', () => {
  beforeEach(async () => {
    setToday('2026-11-24');
    // Goals are dated by the wall clock of their HLC stamp.
    vi.setSystemTime(new Date('2026-11-20T10:00:00'));
    await Promise.all(db.tables.map((t) => t.clear()));
    forgetDeviceNodeId();
  });
  afterEach(() => {
    setToday(undefined);
    vi.useRealTimers();
  });

  it('lists contacts, plan changes, referrals and the case status, newest first by month', async () => {
    const { caseId, clientId, planId } = ok(
      await openCaseForNewClient({ firstName: 'Amal', lastName: 'Haddad' }, '2026-10-05'),
    );
    const goalId = ok(
      await createRecord('goals', {
        planId,
        caseId,
        lifeAreaKey: 'work',
        text: 'Ausbildungsplatz finden',
        priority: 'high',
        status: 'open',
      }),
    );
    ok(await updateRecord('goals', goalId, { status: 'inProgress' }));
    const partnerId = ok(
      await createRecord('partners', { name: 'Jobcenter Mooswangen', type: 'jobcenter' }),
    );
    ok(
      await createRecord('referrals', {
        caseId,
        clientId,
        partnerId,
        date: '2026-11-21',
        status: 'sent',
      }),
    );
    ok(
      await addReview({
        planId,
        caseId,
        date: '2026-11-22',
        summary: 'Ziel bestätigt',
        agreed: true,
      }),
    );
    ok(
      await createRecord('contacts', {
        caseId,
        clientId,
        date: '2026-10-15',
        durationMinutes: 30,
        mode: 'video',
        note: 'Kurzes Gespräch',
      }),
    );
    ok(await changeCaseStatus(caseId, 'paused', '2026-11-23', 'Klientin im Krankenhaus'));

    await renderWithI18n(<CaseTimeline caseId={caseId} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(7));
    expect(entryTexts()).toEqual([
      '23.11.2026StatusStatus seit diesem Tag: ruhend · Klientin im Krankenhaus',
      '22.11.2026PlanversionIntegrationsplan als Version 1 festgeschrieben',
      '22.11.2026FortschreibungPlan fortgeschrieben und mit Klient/-in vereinbart: Ziel bestätigt',
      '21.11.2026VermittlungVermittlung an Jobcenter Mooswangen – angefragt',
      '20.11.2026ZielZiel angelegt (Arbeit und Qualifizierung): Ausbildungsplatz finden – Stand heute: in Bearbeitung',
      '15.10.2026KontaktVideo, 30 Min. · Kurzes Gespräch',
      '05.10.2026FallakteFallakte ' + (await db.caseFiles.get(caseId))!.caseNumber + ' eröffnet',
    ]);
    expect(screen.getByRole('heading', { name: 'November 2026' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Oktober 2026' })).toBeInTheDocument();
  });

  it('follows new records as they are stored', async () => {
    const { caseId, clientId } = ok(
      await openCaseForNewClient({ firstName: 'Amal', lastName: 'Haddad' }, '2026-10-05'),
    );
    await renderWithI18n(<CaseTimeline caseId={caseId} />);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    ok(
      await createRecord('contacts', {
        caseId,
        clientId,
        date: '2026-11-24',
        durationMinutes: 15,
        mode: 'phone',
      }),
    );
    expect(await screen.findByText('telefonisch, 15 Min.')).toBeInTheDocument();
  });
});
