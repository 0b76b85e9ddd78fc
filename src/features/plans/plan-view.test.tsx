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

const goalArticle = (text: string) => screen.findByRole('article', { name: text });

async function addStep(article: HTMLElement, text: string, dueDate: string) {
  const user = userEvent.setup();
  await user.click(await within(article).findByRole('button', { name: 'Maßnahme hinzufügen' }));
  const form = await within(article).findByRole('form', { name: 'Neue Maßnahme' });
  await user.type(within(form).getByLabelText('Maßnahme'), text);
  await user.type(within(form).getByLabelText('Fällig am'), dueDate);
  await user.click(within(form).getByRole('button', { name: 'Speichern' }));
  return form;
}

describe('PlanView', () => {
  it('adds a goal with two steps and shows them under their life area', async () => {
    const user = userEvent.setup();
    const { caseId } = await openTestCase();
    await renderWithI18n(<PlanView caseId={caseId} />);
    expect(await screen.findByText('Noch keine Ziele vereinbart.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ziel hinzufügen' }));
    const form = await screen.findByRole('form', { name: 'Neues Ziel' });
    const inForm = within(form);
    await user.selectOptions(inForm.getByLabelText('Lebensbereich'), 'language');
    await user.type(inForm.getByLabelText('Ziel (Deutsch)'), 'Deutschkurs B1 abschließen');
    expect(inForm.getByLabelText('Sprache der Klientin / des Klienten')).toHaveValue('ar');
    await user.type(
      inForm.getByLabelText('Ziel in der Sprache der Klientin / des Klienten'),
      'إكمال دورة اللغة الألمانية',
    );
    await user.type(inForm.getByLabelText('Zieldatum'), '2027-06-30');
    await user.click(inForm.getByLabelText('Kinderbetreuung fehlt'));
    await user.click(inForm.getByRole('button', { name: 'Speichern' }));

    const area = await screen.findByRole('region', { name: 'Sprache (Deutsch-Förderung)' });
    const article = await within(area).findByRole('article', {
      name: 'Deutschkurs B1 abschließen',
    });
    const clientText = within(article).getByText('إكمال دورة اللغة الألمانية');
    expect(clientText).toHaveAttribute('lang', 'ar');
    expect(clientText).toHaveAttribute('dir', 'rtl');
    expect(within(article).getByText('offen', { selector: '.badge' })).toBeInTheDocument();
    expect(within(article).getByText('Zieldatum: 30.06.2027')).toBeInTheDocument();
    expect(within(article).getByText('Kinderbetreuung fehlt')).toBeInTheDocument();

    await addStep(article, 'Beim Kursträger anmelden', '2026-12-15');
    await within(article).findByText('Beim Kursträger anmelden');
    await addStep(article, 'Kinderbetreuung beantragen', '2027-01-31');
    await within(article).findByText('Kinderbetreuung beantragen');
    expect(within(article).getByText('fällig am 15.12.2026')).toBeInTheDocument();

    const [goal] = await db.goals.toArray();
    expect(goal).toMatchObject({ clientLanguage: 'ar', barriers: ['childcare'], status: 'open' });
    expect((await db.steps.toArray()).map((s) => s.goalId)).toEqual([goal!.id, goal!.id]);
  });

  it('shows a goal stored elsewhere as soon as it exists', async () => {
    const ids = await openTestCase();
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    await screen.findByText('Noch keine Ziele vereinbart.');
    await createTestGoal(ids, { lifeAreaKey: 'housing', text: 'Eigene Wohnung finden' });
    const area = await screen.findByRole('region', { name: 'Wohnen' });
    expect(within(area).getByRole('article', { name: 'Eigene Wohnung finden' })).toBeVisible();
  });

  it('refuses a step due after its goal’s target, beside the due date, and stores nothing', async () => {
    const ids = await openTestCase();
    await createTestGoal(ids, { targetDate: '2026-12-31' });
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const article = await goalArticle('Deutschkurs B1 abschließen');

    const form = await addStep(article, 'Prüfung ablegen', '2027-02-15');
    const dueDate = within(form).getByLabelText('Fällig am');
    await waitFor(() => expect(dueDate).toHaveAttribute('aria-invalid', 'true'));
    const message = document.getElementById(dueDate.getAttribute('aria-describedby')!);
    expect(message).toHaveClass('field-error');
    expect(message).toHaveTextContent(
      'Die Maßnahme ist nach dem Zieldatum des Ziels (2026-12-31) fällig.',
    );
    expect(within(form).getByText(/Nicht gespeichert/)).toBeInTheDocument();
    expect(await db.steps.count()).toBe(0);
  });

  it('marks a step done with today’s date, and undoes it', async () => {
    const user = userEvent.setup();
    const ids = await openTestCase();
    await createTestGoal(ids);
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const article = await goalArticle('Deutschkurs B1 abschließen');
    await addStep(article, 'Beim Kursträger anmelden', '2026-12-15');
    await within(article).findByText('Beim Kursträger anmelden');

    await user.click(within(article).getByRole('button', { name: 'erledigt' }));
    expect(await within(article).findByText('erledigt am 24.11.2026')).toBeInTheDocument();
    expect((await db.steps.toArray())[0]?.doneOn).toBe('2026-11-24');

    await user.click(within(article).getByRole('button', { name: 'rückgängig' }));
    await within(article).findByRole('button', { name: 'erledigt' });
    expect((await db.steps.toArray())[0]?.doneOn).toBeUndefined();
  });

  it('marks steps that are not done and due before today as overdue', async () => {
    const ids = await openTestCase();
    const goalId = await createTestGoal(ids);
    const step = { goalId, planId: ids.planId, caseId: ids.caseId, responsible: 'client' as const };
    await createRecord('steps', { ...step, text: 'Unterlagen einreichen', dueDate: '2026-11-01' });
    await createRecord('steps', {
      ...step,
      text: 'Zeugnis übersetzen',
      dueDate: '2026-11-02',
      doneOn: '2026-11-02',
    });
    await createRecord('steps', { ...step, text: 'Termin vereinbaren', dueDate: '2026-11-24' });
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const article = await goalArticle('Deutschkurs B1 abschließen');
    const items = await within(article).findAllByRole('listitem');
    const overdue = items.filter((li) => within(li).queryByText('überfällig'));
    expect(overdue.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Unterlagen einreichen'),
    ]);
  });

  it('changes a goal’s status in one step', async () => {
    const user = userEvent.setup();
    const ids = await openTestCase();
    const goalId = await createTestGoal(ids);
    await renderWithI18n(<PlanView caseId={ids.caseId} />);
    const article = await goalArticle('Deutschkurs B1 abschließen');
    await user.selectOptions(within(article).getByLabelText('Status ändern'), 'achieved');
    expect(await within(article).findByText('erreicht', { selector: '.badge' })).toBeVisible();
    expect((await db.goals.get(goalId))?.status).toBe('achieved');
  });

  it('speaks English when the interface does', async () => {
    const ids = await openTestCase();
    await createTestGoal(ids, { barriers: ['debts'] });
    await renderWithI18n(<PlanView caseId={ids.caseId} />, 'en');
    const area = await screen.findByRole('region', { name: 'Language (German)' });
    expect(within(area).getByText('Target date: 30.06.2027')).toBeVisible();
    expect(within(area).getByText('Debts')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Add goal' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Plan versions' })).toBeVisible();
  });
});
