import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '@/core/index';
import { db } from '@/db/database';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { createTestGoal, openTestCase } from './plan-test-data';
import { PlanView } from './plan-view';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  setToday('2026-11-24');
});
afterEach(() => setToday(undefined));

/** The refusal shown beside an input: the one of its descriptions that is an error. */
const messageBeside = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

async function openReviewForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Fortschreibung erfassen' }));
  return within(await screen.findByRole('form', { name: 'Neue Fortschreibung' }));
}

describe('ReviewForm', () => {
  it('records a review dated today and lists it, without freezing a version', async () => {
    const user = userEvent.setup();
    const { caseId } = await openTestCase();
    await renderWithI18n(<PlanView caseId={caseId} />);
    expect(await screen.findByText('Noch keine Fortschreibung.')).toBeVisible();
    const form = await openReviewForm();
    expect(form.getByLabelText('Datum')).toHaveValue('2026-11-24');
    await user.type(form.getByLabelText('Ergebnis der Fortschreibung'), 'Kurs läuft gut.');
    await user.type(form.getByLabelText('Nächste Fortschreibung am'), '2027-02-24');
    await user.click(form.getByRole('button', { name: 'Speichern' }));

    const reviews = await screen.findByRole('region', { name: 'Fortschreibungen' });
    expect(await within(reviews).findByText('Kurs läuft gut.')).toBeVisible();
    expect(within(reviews).getByText('24.11.2026')).toBeVisible();
    expect(within(reviews).getByText('Nächste Fortschreibung: 24.02.2027')).toBeVisible();
    expect(within(reviews).queryByText('vereinbart')).not.toBeInTheDocument();
    expect(await db.planVersions.count()).toBe(0);
  });

  it('refuses a next review before the review, beside the field, and stores nothing', async () => {
    const user = userEvent.setup();
    const { caseId } = await openTestCase();
    await renderWithI18n(<PlanView caseId={caseId} />);
    const form = await openReviewForm();
    await user.type(form.getByLabelText('Ergebnis der Fortschreibung'), 'Gespräch geführt.');
    const next = form.getByLabelText('Nächste Fortschreibung am');
    await user.type(next, '2026-10-01');
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    await waitFor(() =>
      expect(messageBeside(next)).toBe('Die nächste Fortschreibung kann nicht vor dieser liegen.'),
    );
    expect(await db.reviews.count()).toBe(0);
  });

  it('keeps a half-filled review across an unmount', async () => {
    const user = userEvent.setup();
    const { caseId, planId } = await openTestCase();
    const first = await renderWithI18n(<PlanView caseId={caseId} />);
    const form = await openReviewForm();
    await user.type(form.getByLabelText('Ergebnis der Fortschreibung'), 'Zwischenstand');
    await waitFor(async () =>
      expect(await db.localDrafts.get(`review-new:${planId}`)).toBeDefined(),
    );
    first.unmount();

    await renderWithI18n(<PlanView caseId={caseId} />);
    const restored = within(await screen.findByRole('form', { name: 'Neue Fortschreibung' }));
    expect(restored.getByLabelText('Ergebnis der Fortschreibung')).toHaveValue('Zwischenstand');
  });

  it('freezes plan version 1 on an agreed review; editing the live goal leaves it unchanged', async () => {
    const user = userEvent.setup();
    const ids = await openTestCase();
    const goalId = await createTestGoal(ids);
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    expect(await screen.findByText(/Noch keine festgeschriebene Version/)).toBeVisible();
    const form = await openReviewForm();
    await user.type(
      form.getByLabelText('Ergebnis der Fortschreibung'),
      'Plan gemeinsam besprochen.',
    );
    await user.click(
      form.getByLabelText('Mit der Klientin / dem Klienten vereinbart – Planversion festschreiben'),
    );
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    const versionButton = await screen.findByRole('button', { name: 'Version 1 vom 24.11.2026' });
    expect(screen.getByText('vereinbart', { selector: '.badge' })).toBeVisible();

    const article = screen.getByRole('article', { name: 'Deutschkurs B1 abschließen' });
    await user.click(within(article).getByRole('button', { name: 'Ziel bearbeiten' }));
    const edit = within(await within(article).findByRole('form', { name: 'Ziel bearbeiten' }));
    await user.clear(edit.getByLabelText('Ziel (Deutsch)'));
    await user.type(edit.getByLabelText('Ziel (Deutsch)'), 'Deutschkurs B2 abschließen');
    await user.click(edit.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () =>
      expect((await db.goals.get(goalId))?.text).toBe('Deutschkurs B2 abschließen'),
    );

    const [version] = await db.planVersions.toArray();
    expect(version).toMatchObject({ number: 1, frozenOn: '2026-11-24' });
    expect(version?.goals.map((g) => g.text)).toEqual(['Deutschkurs B1 abschließen']);

    await user.click(versionButton);
    const frozen = await screen.findByRole('region', { name: 'Version 1 vom 24.11.2026' });
    expect(within(frozen).getByRole('note')).toHaveTextContent('Frühere Planversion 1');
    expect(within(frozen).getByText('Deutschkurs B1 abschließen')).toBeVisible();
    expect(screen.queryByText('Deutschkurs B2 abschließen')).not.toBeInTheDocument();
    expect(
      within(frozen).queryByRole('button', { name: 'Ziel bearbeiten' }),
    ).not.toBeInTheDocument();

    await user.click(within(frozen).getByRole('button', { name: 'Zurück zum aktuellen Plan' }));
    expect(
      await screen.findByRole('article', { name: 'Deutschkurs B2 abschließen' }),
    ).toBeVisible();
  });
});
