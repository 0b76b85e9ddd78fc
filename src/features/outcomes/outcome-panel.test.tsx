import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INDICATOR_DEFINITIONS, setToday } from '@/core/index';
import { db } from '@/db/database';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { createRecord } from '@/db/records/write-records';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { OutcomePanel } from './outcome-panel';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  setToday('2026-11-24');
});
afterEach(() => setToday(undefined));

async function openTestCase() {
  const opened = await openCaseForNewClient(
    { firstName: 'Oleh', lastName: 'Kovalenko' },
    '2026-01-10',
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  return opened.id.caseId;
}

/** The refusal shown beside an input: the one of its descriptions that is an error. */
const messageBeside = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

async function renderPanel(caseId: string) {
  const view = await renderWithI18n(<OutcomePanel caseId={caseId} />);
  const form = within(await screen.findByRole('form', { name: 'Erreichter Stand' }));
  return { view, form };
}

const user = () => userEvent.setup();

describe('OutcomePanel', () => {
  it('shows "Eigenständiges Leben" met (2 von 3) after recording B1 and an own flat', async () => {
    const caseId = await openTestCase();
    const { form } = await renderPanel(caseId);
    expect(
      screen.getByRole('heading', { name: 'Eigenständiges Leben: nicht erfüllt (0 von 3)' }),
    ).toBeVisible();
    const u = user();
    await u.selectOptions(form.getByLabelText('Sprachniveau Deutsch'), 'B1');
    await u.type(form.getByLabelText('Niveau erreicht am'), '2026-06-30');
    await u.click(form.getByLabelText('Zertifikat liegt vor'));
    await u.type(form.getByLabelText('Eigene Wohnung seit'), '2026-09-01');
    await u.click(form.getByRole('button', { name: 'Speichern' }));

    expect(
      await screen.findByRole('heading', { name: 'Eigenständiges Leben: erfüllt (2 von 3)' }),
    ).toBeVisible();
    const criteria = within(screen.getByRole('list', { name: 'Kriterien' }));
    expect(criteria.getByText(/Deutsch mindestens B1 – trifft zu/)).toBeVisible();
    expect(criteria.getByText(/Arbeit, Ausbildung oder Studium – trifft nicht zu/)).toBeVisible();
    expect(criteria.getByText(/Eigene Wohnung – trifft zu/)).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Gespeichert.');
    const [record] = await db.indicators.toArray();
    expect(record).toMatchObject({
      germanLevel: 'B1',
      germanCertificate: true,
      germanLevelDate: '2026-06-30',
      ownFlatSince: '2026-09-01',
    });
    expect(record?.weeklyHours).toBeUndefined();
  });

  it('shows it not met with A2 and an own flat only', async () => {
    const caseId = await openTestCase();
    const { form } = await renderPanel(caseId);
    const u = user();
    await u.selectOptions(form.getByLabelText('Sprachniveau Deutsch'), 'A2');
    await u.type(form.getByLabelText('Eigene Wohnung seit'), '2026-09-01');
    await u.click(form.getByRole('button', { name: 'Speichern' }));
    expect(
      await screen.findByRole('heading', { name: 'Eigenständiges Leben: nicht erfüllt (1 von 3)' }),
    ).toBeVisible();
    expect(screen.getByText(/Deutsch mindestens B1 – trifft nicht zu/)).toBeVisible();
  });

  it('does not count an occupation that ended before today', async () => {
    const caseId = await openTestCase();
    const { form } = await renderPanel(caseId);
    const u = user();
    await u.selectOptions(form.getByLabelText('Sprachniveau Deutsch'), 'B2');
    await u.selectOptions(form.getByLabelText('Tätigkeit'), 'work');
    await u.type(form.getByLabelText('Tätigkeit seit'), '2026-02-01');
    await u.type(form.getByLabelText('Tätigkeit bis'), '2026-10-31');
    await u.selectOptions(form.getByLabelText('Vertragsart'), 'fixedTerm');
    await u.type(form.getByLabelText('Wochenstunden'), '30');
    await u.click(form.getByRole('button', { name: 'Speichern' }));
    expect(
      await screen.findByRole('heading', { name: 'Eigenständiges Leben: nicht erfüllt (1 von 3)' }),
    ).toBeVisible();
    expect(screen.getByText(/Arbeit, Ausbildung oder Studium – trifft nicht zu/)).toBeVisible();
    expect((await db.indicators.toArray())[0]).toMatchObject({
      occupationType: 'work',
      occupationUntil: '2026-10-31',
      contractType: 'fixedTerm',
      weeklyHours: 30,
    });

    await u.clear(form.getByLabelText('Tätigkeit bis'));
    await u.click(form.getByRole('button', { name: 'Speichern' }));
    expect(
      await screen.findByRole('heading', { name: 'Eigenständiges Leben: erfüllt (2 von 3)' }),
    ).toBeVisible();
    expect((await db.indicators.toArray())[0]?.occupationUntil).toBeUndefined();
  });

  it('refuses an end before the start and too many hours beside the fields, storing nothing', async () => {
    const caseId = await openTestCase();
    const { form } = await renderPanel(caseId);
    const u = user();
    await u.selectOptions(form.getByLabelText('Tätigkeit'), 'vocationalTraining');
    await u.type(form.getByLabelText('Tätigkeit seit'), '2026-09-01');
    const until = form.getByLabelText('Tätigkeit bis');
    await u.type(until, '2026-08-01');
    const hours = form.getByLabelText('Wochenstunden');
    await u.type(hours, '95');
    await u.click(form.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(messageBeside(hours)).toBe('Höchstens 80.'));
    expect(messageBeside(until)).toBe('Das Ende kann nicht vor dem Beginn liegen.');
    expect(screen.getByText(/Nicht gespeichert/)).toBeVisible();
    expect((await db.indicators.toArray())[0]?.occupationType).toBeUndefined();
  });

  it('keeps half-filled input across an unmount', async () => {
    const caseId = await openTestCase();
    const [record] = await db.indicators.toArray();
    const { view, form } = await renderPanel(caseId);
    await user().selectOptions(form.getByLabelText('Gesundheitliche Situation'), 'limited');
    await waitFor(async () =>
      expect(await db.localDrafts.get(`outcome:${record!.id}`)).toBeDefined(),
    );
    view.unmount();

    const again = await renderPanel(caseId);
    expect(again.form.getByLabelText('Gesundheitliche Situation')).toHaveValue('limited');
    expect(
      again.form.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.'),
    ).toBeVisible();
  });

  it('uses the organisation’s own indicator definitions when there are any', async () => {
    const caseId = await openTestCase();
    const base = DEFAULT_INDICATOR_DEFINITIONS[0]!;
    await createRecord('indicatorDefinitions', {
      ...base,
      label: { de: 'Eigenständiges Leben (streng)' },
      rule: { ...base.rule, count: 3 },
    });
    await renderPanel(caseId);
    expect(
      await screen.findByRole('heading', {
        name: 'Eigenständiges Leben (streng): nicht erfüllt (0 von 3)',
      }),
    ).toBeVisible();
    expect(screen.getByText('Erfüllt, wenn mindestens 3 von 3 Kriterien zutreffen.')).toBeVisible();
    expect(
      screen.queryByRole('heading', { name: /^Eigenständiges Leben:/ }),
    ).not.toBeInTheDocument();
  });

  it('speaks English when the interface does', async () => {
    const caseId = await openTestCase();
    await renderWithI18n(<OutcomePanel caseId={caseId} />, 'en');
    expect(
      await screen.findByRole('heading', { name: 'Independent living: not met (0 of 3)' }),
    ).toBeVisible();
    // The form renders after its own read of the outcome record, possibly after the heading.
    expect(await screen.findByLabelText('German level')).toBeVisible();
  });
});
