import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import { readSetting, SettingKey, writeSetting } from '@/db/local-settings';
import type { SyncRunResult } from '@/sync/run-sync';
import { useSyncStatusStore, type SyncFailure } from '@/sync/sync-status-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { markRefused } from '@/db/sync/outbox-batch';
import { newCase, refuse, resetDevice } from './sync-test-support';
import SyncStatus from './sync-status';

const scheduler = vi.hoisted(() => ({
  stop: vi.fn(),
  startSyncTriggers: vi.fn(),
  requestSync: vi.fn<() => Promise<SyncRunResult>>(),
}));
vi.mock('@/sync/sync-scheduler', () => ({
  startSyncTriggers: scheduler.startSyncTriggers,
  requestSync: scheduler.requestSync,
}));

const status = () => useSyncStatusStore.getState();
const pill = () => within(screen.getByTestId('sync-status')).getAllByRole('button')[0]!;

async function renderStatus() {
  const view = await renderWithI18n(<SyncStatus />);
  await screen.findByTestId('sync-status');
  return view;
}

async function openPanel() {
  await userEvent.click(pill());
  return within(await screen.findByRole('region', { name: 'Synchronisierung' }));
}

function failWith(failure: SyncFailure, retryAt: number | null = null) {
  act(() => status().finished(failure, retryAt));
}

function todayAt(hours: number, minutes: number): Date {
  const date = new Date();
  date.setHours(hours, minutes, 0, 0);
  return date;
}

describe('SyncStatus', () => {
  beforeEach(async () => {
    await resetDevice();
    scheduler.startSyncTriggers.mockReset().mockReturnValue(scheduler.stop);
    scheduler.stop.mockReset();
    scheduler.requestSync.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('starts the sync triggers while shown and stops them when it goes', async () => {
    const view = await renderStatus();
    expect(scheduler.startSyncTriggers).toHaveBeenCalledTimes(1);
    expect(scheduler.stop).not.toHaveBeenCalled();
    view.unmount();
    expect(scheduler.stop).toHaveBeenCalledTimes(1);
  });

  it('says when it last synced, or that it never has', async () => {
    await renderStatus();
    expect(pill()).toHaveTextContent('Noch nie synchronisiert');
    await writeSetting(SettingKey.lastSyncedAt, todayAt(10, 42).toISOString());
    await waitFor(() => expect(pill()).toHaveTextContent('Synchronisiert um 10:42'));
    await writeSetting(SettingKey.lastSyncedAt, new Date(2026, 2, 14, 9, 5).toISOString());
    await waitFor(() => expect(pill()).toHaveTextContent('Synchronisiert am 14.03.2026 um 09:05'));
  });

  it('counts the changes not yet sent', async () => {
    await renderStatus();
    expect(pill()).toHaveTextContent('Alles übertragen');
    await newCase();
    await waitFor(() => expect(pill()).toHaveTextContent('4 Änderungen noch nicht übertragen'));
    const panel = await openPanel();
    expect(panel.getByText('4 Änderungen noch nicht übertragen')).toBeInTheDocument();
  });

  it('shows a large sync with a progress bar at once, and a short one only after a moment', async () => {
    await renderStatus();
    act(() => {
      status().started();
      status().progressed({ received: 1200, total: 5535 });
    });
    expect(pill()).toHaveTextContent('Wird synchronisiert …');
    // In the pill, in place of its second line: the header keeps its height.
    const bar = within(pill()).getByRole('progressbar', { name: '1.200 von 5.535 Datensätzen' });
    expect(bar).toHaveAttribute('value', '1200');
    expect(bar).toHaveAttribute('max', '5535');

    act(() => status().finished(null, null));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    act(() => status().started());
    expect(pill()).toHaveTextContent('Noch nie synchronisiert');
    await waitFor(() => expect(pill()).toHaveTextContent('Wird synchronisiert …'));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('explains being offline calmly, keeping the time of the last sync', async () => {
    await writeSetting(SettingKey.lastSyncedAt, todayAt(8, 10).toISOString());
    await renderStatus();
    await waitFor(() => expect(pill()).toHaveTextContent('Synchronisiert um 08:10'));
    failWith({ kind: 'offline' }, Date.now() + 5000);
    expect(pill()).toHaveTextContent('Zuletzt synchronisiert um 08:10');
    expect(pill()).toHaveTextContent('Alles auf diesem Gerät gespeichert');
    expect(pill()).toHaveClass('sync-pill-offline');
    const panel = await openPanel();
    expect(panel.getByRole('note')).toHaveTextContent(
      /Offline – nicht synchronisiert.*gespeichert und werden übertragen, sobald das Gerät wieder online ist/,
    );
  });

  it('says it is offline when the browser lost the network, before any run failed', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      await renderStatus();
      expect(pill()).toHaveTextContent('Noch nie synchronisiert');
      expect(pill()).toHaveClass('sync-pill-offline');
      const panel = await openPanel();
      expect(panel.getByRole('note')).toHaveTextContent('Offline – nicht synchronisiert');
    } finally {
      onLine.mockRestore();
    }
  });

  it('explains a time-out with the time of the next attempt', async () => {
    await renderStatus();
    failWith({ kind: 'timeout' }, todayAt(10, 45).getTime());
    expect(pill()).toHaveTextContent('Server antwortet nicht');
    const panel = await openPanel();
    expect(panel.getByRole('note')).toHaveTextContent(
      'Der Server antwortete nicht rechtzeitig. Neuer Versuch um 10:45.',
    );
  });

  it('asks to log in again after a 401', async () => {
    await renderStatus();
    failWith({ kind: 'error', status: 401, code: 'session_expired', message: '' });
    expect(pill()).toHaveTextContent('Bitte erneut anmelden');
    const panel = await openPanel();
    expect(panel.getByRole('note')).toHaveTextContent(/Melden Sie sich .* erneut an/);
  });

  it('asks to set the device clock when the server refuses its stamps', async () => {
    await renderStatus();
    failWith({ kind: 'error', status: 409, code: 'clock_ahead', message: '' });
    expect(pill()).toHaveTextContent('Geräteuhr geht vor');
    const panel = await openPanel();
    expect(panel.getByRole('note')).toHaveTextContent(/Stellen Sie Datum und Uhrzeit/);
  });

  it('warns about a device clock more than five minutes off, and not about a small drift', async () => {
    await renderStatus();
    act(() => status().observedClock(4 * 60_000));
    expect(pill()).toHaveTextContent('Noch nie synchronisiert');
    act(() => status().observedClock(-7 * 60_000));
    expect(pill()).toHaveTextContent('Geräteuhr stimmt nicht');
    const panel = await openPanel();
    expect(panel.getByText(/geht etwa 7 Minuten vor/)).toBeInTheDocument();
    act(() => status().observedClock(12 * 60_000));
    expect(panel.getByText(/geht etwa 12 Minuten nach/)).toBeInTheDocument();
  });

  it('reports a failed "sync now" as a failure, never as done', async () => {
    await renderStatus();
    scheduler.requestSync.mockImplementation(() => {
      const failure: SyncFailure = { kind: 'timeout' };
      status().finished(failure, todayAt(10, 45).getTime());
      return Promise.resolve({ ok: false, failure });
    });
    const panel = await openPanel();
    await userEvent.click(panel.getByRole('button', { name: 'Jetzt synchronisieren' }));
    await waitFor(() =>
      expect(
        panel.getByText(/^Synchronisierung nicht gelungen: Server antwortet nicht/),
      ).toBeInTheDocument(),
    );
    expect(panel.queryByText('Synchronisierung abgeschlossen.')).not.toBeInTheDocument();
    expect(panel.getByRole('note')).toHaveTextContent('Neuer Versuch um 10:45.');
    expect(scheduler.requestSync).toHaveBeenCalledTimes(1);
  });

  it('reports a failure the status never saw, with its explanation', async () => {
    await renderStatus();
    scheduler.requestSync.mockResolvedValue({
      ok: false,
      failure: { kind: 'error', status: 401, code: 'unauthenticated', message: '' },
    });
    const panel = await openPanel();
    await userEvent.click(panel.getByRole('button', { name: 'Jetzt synchronisieren' }));
    expect(
      await panel.findByText(
        /Synchronisierung nicht gelungen: Bitte erneut anmelden\. Ihre Anmeldung/,
      ),
    ).toBeInTheDocument();
  });

  it('reports a successful "sync now"', async () => {
    await renderStatus();
    scheduler.requestSync.mockResolvedValue({ ok: true });
    const panel = await openPanel();
    await userEvent.click(panel.getByRole('button', { name: 'Jetzt synchronisieren' }));
    expect(await panel.findByText('Synchronisierung abgeschlossen.')).toBeInTheDocument();
  });

  it('lists refused changes by client and case, and sends them again', async () => {
    const { clientId, caseNumber } = await newCase();
    await refuse('clients', clientId, 'not_writable');
    await renderStatus();
    await waitFor(() => expect(pill()).toHaveTextContent('1 Änderung abgelehnt'));
    expect(pill()).toHaveTextContent('3 Änderungen noch nicht übertragen');
    const panel = await openPanel();
    const item = await panel.findByRole('listitem', { name: 'Stammdaten „Amal Haddad“' });
    expect(item).toHaveTextContent(`Fall Amal Haddad (${caseNumber})`);
    expect(item).toHaveTextContent('Dieser Fall ist Ihnen nicht (mehr) zugewiesen.');
    expect(item).toHaveTextContent(/Geänderte Felder: .*Vorname, Nachname/);

    let refusedWhenSyncing = -1;
    scheduler.requestSync.mockImplementation(async () => {
      refusedWhenSyncing = await db.localOutbox.filter((e) => !!e.refused).count();
      return { ok: true };
    });
    await userEvent.click(panel.getByRole('button', { name: 'Erneut senden' }));
    // The sync ran after the refused changes were released, not before.
    await waitFor(() => expect(refusedWhenSyncing).toBe(0));
    expect(scheduler.requestSync).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(pill()).toHaveTextContent('4 Änderungen noch nicht übertragen'));
    expect(screen.queryByRole('listitem', { name: 'Stammdaten „Amal Haddad“' })).toBeNull();
  });

  it('discards a refused change only after asking', async () => {
    const { clientId, caseId } = await newCase();
    await refuse('clients', clientId, 'invalid');
    await renderStatus();
    const panel = await openPanel();
    const item = within(await panel.findByRole('listitem', { name: 'Stammdaten „Amal Haddad“' }));
    await userEvent.click(item.getByRole('button', { name: 'Verwerfen' }));
    await userEvent.click(item.getByRole('button', { name: 'Abbrechen' }));
    expect(await db.localOutbox.count()).toBe(4);

    await userEvent.click(item.getByRole('button', { name: 'Verwerfen' }));
    const dialog = item.getByRole('alertdialog', { name: 'Änderung verwerfen?' });
    expect(dialog).toHaveTextContent(/„Stammdaten „Amal Haddad““ wird nicht übertragen/);
    expect(dialog).toHaveTextContent('wieder die Werte, die der Server hat');
    scheduler.requestSync.mockResolvedValue({ ok: true });
    await userEvent.click(item.getByRole('button', { name: 'Endgültig verwerfen' }));
    await waitFor(async () =>
      expect((await db.localOutbox.toArray()).map((e) => e.recordId)).not.toContain(clientId),
    );
    expect(await db.localOutbox.filter((e) => e.recordId === caseId).count()).toBe(1);
    await waitFor(() => expect(pill()).not.toHaveTextContent('abgelehnt'));
    // The server's values come back with a sync started at once.
    expect(await readSetting(SettingKey.refetch)).toEqual([
      expect.objectContaining({ table: 'clients', id: clientId }),
    ]);
    await waitFor(() => expect(scheduler.requestSync).toHaveBeenCalledTimes(1));
  });

  it('names the cases kept because they hold unsent changes', async () => {
    const { caseId, caseNumber } = await newCase();
    await renderStatus();
    await writeSetting(SettingKey.keptScopes, [caseId]);
    const panel = await openPanel();
    expect(await panel.findByRole('link', { name: `Amal Haddad (${caseNumber})` })).toHaveAttribute(
      'href',
      `/cases/${caseId}`,
    );
  });

  it('removes a kept case with the last of its changes the person discards, after saying so', async () => {
    const { caseId, caseNumber } = await newCase();
    const seqs = (await db.localOutbox.toArray()).map((entry) => entry.seq!);
    await markRefused(
      [{ seqs, code: 'not_writable', message: 'refused' }],
      new Date().toISOString(),
    );
    await writeSetting(SettingKey.keptScopes, [caseId]);
    await renderStatus();
    const panel = await openPanel();
    expect(await panel.findByRole('link', { name: `Amal Haddad (${caseNumber})` })).toBeVisible();

    const refused = () => panel.queryByRole('region', { name: 'Abgelehnte Änderungen' });
    for (let i = 0; refused(); i++) {
      const found = within(refused()!).getAllByRole('listitem')[0]!;
      const item = within(found);
      await userEvent.click(item.getByRole('button', { name: 'Verwerfen' }));
      if (i === 0)
        expect(item.getByRole('alertdialog')).toHaveTextContent(
          'Mit seiner letzten nicht übertragenen Änderung wird er von diesem Gerät entfernt.',
        );
      await userEvent.click(item.getByRole('button', { name: 'Endgültig verwerfen' }));
      await waitFor(() => expect(found).not.toBeInTheDocument());
    }
    expect(await db.localOutbox.count()).toBe(0);
    expect(await db.caseFiles.get(caseId)).toBeUndefined();
    await waitFor(() =>
      expect(panel.queryByRole('link', { name: `Amal Haddad (${caseNumber})` })).toBeNull(),
    );
  });
});
