import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider } from 'react-hook-form';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { householdFieldsSchema, type WriteResult } from '@/core/index';
import { db } from '@/db/database';
import { readDraft } from '@/db/drafts';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { FormErrorSummary, TextArea, TextField } from './fields';
import { useDraftForm } from './use-draft-form';

type Save = (values: { name: string; note?: string }) => Promise<WriteResult<unknown>>;

function HouseholdForm({ save }: { save: Save }) {
  const { form, ready, restored, submit } = useDraftForm<{ name: string; note?: string }>(
    'household-test',
    householdFieldsSchema,
    { name: '', note: '' },
  );
  if (!ready) return null;
  return (
    <FormProvider {...form}>
      <form onSubmit={submit(save)} className="form">
        {restored && <p>restored</p>}
        <TextField name="name" label="Name" />
        <TextArea name="note" label="Notiz" />
        <FormErrorSummary />
        <button type="submit">Speichern</button>
      </form>
    </FormProvider>
  );
}

describe('useDraftForm', () => {
  beforeEach(() => db.localDrafts.clear());

  it('keeps what was typed across an unmount, as after a reload', async () => {
    const save = vi.fn<Save>();
    const first = await renderWithI18n(<HouseholdForm save={save} />);
    await userEvent.type(await screen.findByLabelText('Name'), 'Familie Haddad');
    await waitFor(async () =>
      expect(await readDraft('household-test')).toMatchObject({ name: 'Familie Haddad' }),
    );
    first.unmount();

    await renderWithI18n(<HouseholdForm save={save} />);
    expect(await screen.findByLabelText('Name')).toHaveValue('Familie Haddad');
    expect(screen.getByText('restored')).toBeInTheDocument();
  });

  it('shows a refused value beside its field in the current language and does not save', async () => {
    const save = vi.fn<Save>();
    await renderWithI18n(<HouseholdForm save={save} />);
    await userEvent.type(await screen.findByLabelText('Notiz'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Bitte ausfüllen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Nicht gespeichert/)).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });

  it('shows issues the data layer refused, and drops the draft once saved', async () => {
    const save = vi
      .fn<Save>()
      .mockResolvedValueOnce({ ok: false, issues: [{ path: 'name', key: 'recordMissing' }] })
      .mockResolvedValueOnce({ ok: true, id: 'h1' });
    await renderWithI18n(<HouseholdForm save={save} />);
    await userEvent.type(await screen.findByLabelText('Name'), 'Familie Haddad');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Der Datensatz existiert nicht (mehr).')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    await waitFor(async () => expect(await readDraft('household-test')).toBeUndefined());
  });
});
