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

async function openNewGoalForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Ziel hinzufügen' }));
  return within(await screen.findByRole('form', { name: 'Neues Ziel' }));
}

/** The refusal shown beside an input: the one of its descriptions that is an error. */
const messageBeside = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('field-error'))?.textContent;

describe('GoalForm', () => {
  it('refuses a pasted control character and an over-long text beside the field, storing nothing', async () => {
    const user = userEvent.setup();
    const { caseId } = await openTestCase();
    await renderWithI18n(<PlanView caseId={caseId} />);
    const form = await openNewGoalForm();
    await user.selectOptions(form.getByLabelText('Lebensbereich'), 'work');
    const text = form.getByLabelText('Ziel (Deutsch)');
    await user.click(text);
    await user.paste('Arbeit finden\u0007');
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(messageBeside(text)).toMatch(/unsichtbare Steuerzeichen/));

    await user.clear(text);
    await user.paste('x'.repeat(1001));
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(messageBeside(text)).toBe('Höchstens 1000 Zeichen.'));
    expect(await db.goals.count()).toBe(0);
  });

  it('asks for a life area and a text', async () => {
    const user = userEvent.setup();
    const { caseId } = await openTestCase();
    await renderWithI18n(<PlanView caseId={caseId} />);
    const form = await openNewGoalForm();
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    await waitFor(() =>
      expect(messageBeside(form.getByLabelText('Lebensbereich'))).toBe('Bitte ausfüllen.'),
    );
    expect(messageBeside(form.getByLabelText('Ziel (Deutsch)'))).toBe('Bitte ausfüllen.');
    expect(await db.goals.count()).toBe(0);
  });

  it('keeps a half-filled goal across an unmount and offers to discard it', async () => {
    const user = userEvent.setup();
    const { caseId, planId } = await openTestCase();
    const first = await renderWithI18n(<PlanView caseId={caseId} />);
    const form = await openNewGoalForm();
    await user.type(form.getByLabelText('Ziel (Deutsch)'), 'Führerschein machen');
    await waitFor(async () => expect(await db.localDrafts.get(`goal-new:${planId}`)).toBeDefined());
    first.unmount();

    await renderWithI18n(<PlanView caseId={caseId} />);
    const restored = within(await screen.findByRole('form', { name: 'Neues Ziel' }));
    expect(restored.getByLabelText('Ziel (Deutsch)')).toHaveValue('Führerschein machen');
    expect(
      restored.getByText('Nicht gespeicherte Eingaben wurden wiederhergestellt.'),
    ).toBeVisible();
    await user.click(restored.getByRole('button', { name: 'Entwurf verwerfen' }));
    expect(restored.getByLabelText('Ziel (Deutsch)')).toHaveValue('');
    expect(await db.localDrafts.get(`goal-new:${planId}`)).toBeUndefined();
  });

  it('edits a goal in place and clears a removed client-language text', async () => {
    const user = userEvent.setup();
    const ids = await openTestCase();
    const goalId = await createTestGoal(ids, { clientText: 'نص', clientLanguage: 'ar' });
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const article = await screen.findByRole('article', { name: 'Deutschkurs B1 abschließen' });
    await user.click(within(article).getByRole('button', { name: 'Ziel bearbeiten' }));
    const form = within(await within(article).findByRole('form', { name: 'Ziel bearbeiten' }));
    expect(form.getByLabelText('Priorität')).toHaveValue('high');
    await user.clear(form.getByLabelText('Ziel (Deutsch)'));
    await user.type(form.getByLabelText('Ziel (Deutsch)'), 'Deutschkurs B2 abschließen');
    await user.clear(form.getByLabelText('Ziel in der Sprache der Klientin / des Klienten'));
    await user.selectOptions(form.getByLabelText('Status'), 'inProgress');
    await user.click(form.getByRole('button', { name: 'Speichern' }));

    const edited = await screen.findByRole('article', { name: 'Deutschkurs B2 abschließen' });
    expect(await within(edited).findByText('in Arbeit', { selector: '.badge' })).toBeVisible();
    expect(await db.goals.get(goalId)).toMatchObject({
      text: 'Deutschkurs B2 abschließen',
      status: 'inProgress',
      clientText: undefined,
      clientLanguage: undefined,
    });
  });

  it('refuses a target date before a step is due, beside the target date', async () => {
    const user = userEvent.setup();
    const ids = await openTestCase();
    const goalId = await createTestGoal(ids);
    await createRecord('steps', {
      goalId,
      planId: ids.planId,
      caseId: ids.caseId,
      text: 'Prüfung ablegen',
      responsible: 'client',
      dueDate: '2027-05-15',
    });
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const article = await screen.findByRole('article', { name: 'Deutschkurs B1 abschließen' });
    await user.click(within(article).getByRole('button', { name: 'Ziel bearbeiten' }));
    const form = within(await within(article).findByRole('form', { name: 'Ziel bearbeiten' }));
    const target = form.getByLabelText('Zieldatum');
    await user.clear(target);
    await user.type(target, '2027-03-31');
    await user.click(form.getByRole('button', { name: 'Speichern' }));
    await waitFor(() =>
      expect(messageBeside(target)).toBe('1 Maßnahme(n) sind erst nach diesem Zieldatum fällig.'),
    );
    expect((await db.goals.get(goalId))?.targetDate).toBe('2027-06-30');
  });
});
