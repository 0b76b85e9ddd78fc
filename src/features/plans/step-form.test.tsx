import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '@/core/index';
import { db } from '@/db/database';
import { createRecord } from '@/db/records/write-records';
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

async function openStepForm() {
  const article = await screen.findByRole('article', { name: 'Deutschkurs B1 abschließen' });
  await userEvent.click(within(article).getByRole('button', { name: 'Maßnahme hinzufügen' }));
  return {
    article,
    form: within(await within(article).findByRole('form', { name: 'Neue Maßnahme' })),
  };
}

describe('StepForm', () => {
  it('hands a step to a cooperation partner, who must be chosen', async () => {
    const user = userEvent.setup();
    const ids = await openTestCase();
    await createTestGoal(ids);
    await createRecord('partners', { name: 'Sprachschule am Markt', type: 'languageCourse' });
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const { article, form } = await openStepForm();
    await user.type(form.getByLabelText('Maßnahme'), 'Einstufungstest durchführen');
    expect(form.queryByLabelText('Kooperationspartner')).not.toBeInTheDocument();
    await user.selectOptions(form.getByLabelText('Zuständig'), 'partner');
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    await waitFor(() =>
      expect(messageBeside(form.getByLabelText('Kooperationspartner'))).toBe(
        'Bitte den Kooperationspartner wählen.',
      ),
    );
    expect(await db.steps.count()).toBe(0);

    await user.selectOptions(form.getByLabelText('Kooperationspartner'), 'Sprachschule am Markt');
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    expect(
      await within(article).findByText('Kooperationspartner: Sprachschule am Markt'),
    ).toBeVisible();
    const [step] = await db.steps.toArray();
    expect(step).toMatchObject({ responsible: 'partner', text: 'Einstufungstest durchführen' });
  });

  it('refuses a pasted control character beside the text and stores nothing', async () => {
    const user = userEvent.setup();
    const ids = await openTestCase();
    await createTestGoal(ids);
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const { form } = await openStepForm();
    const text = form.getByLabelText('Maßnahme');
    await user.click(text);
    await user.paste('Antrag\u0007 stellen');
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(messageBeside(text)).toMatch(/unsichtbare Steuerzeichen/));
    expect(await db.steps.count()).toBe(0);
  });

  it('keeps a half-filled step across an unmount', async () => {
    const user = userEvent.setup();
    const ids = await openTestCase();
    const goalId = await createTestGoal(ids);
    const first = await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const { form } = await openStepForm();
    await user.type(form.getByLabelText('Maßnahme'), 'Kita-Platz suchen');
    await user.type(form.getByLabelText('Fällig am'), '2027-01-15');
    await waitFor(async () => expect(await db.localDrafts.get(`step-new:${goalId}`)).toBeDefined());
    first.unmount();

    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const article = await screen.findByRole('article', { name: 'Deutschkurs B1 abschließen' });
    const restored = within(await within(article).findByRole('form', { name: 'Neue Maßnahme' }));
    expect(restored.getByLabelText('Maßnahme')).toHaveValue('Kita-Platz suchen');
    expect(restored.getByLabelText('Fällig am')).toHaveValue('2027-01-15');
    expect(
      restored.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.'),
    ).toBeVisible();
  });
});
