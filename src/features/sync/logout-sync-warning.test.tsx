import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/database';
import type { SyncRunResult } from '@/sync/run-sync';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import LogoutSyncWarning from './logout-sync-warning';
import { newCase, refuse, resetDevice } from './sync-test-support';

const requestSync = vi.hoisted(() => vi.fn<() => Promise<SyncRunResult>>());
vi.mock('@/sync/sync-scheduler', () => ({ requestSync, startSyncTriggers: vi.fn() }));

describe('LogoutSyncWarning', () => {
  beforeEach(async () => {
    await resetDevice();
    requestSync.mockReset();
  });

  it('says nothing when every change has been sent', async () => {
    await newCase();
    await db.localOutbox.clear();
    const { container } = await renderWithI18n(<LogoutSyncWarning />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
  });

  it('counts unsent changes, refused ones too, and says they stay encrypted here', async () => {
    const { clientId } = await newCase();
    await refuse('clients', clientId, 'invalid');
    await renderWithI18n(<LogoutSyncWarning />);
    expect(await screen.findByRole('note')).toHaveTextContent(
      '4 Änderungen sind noch nicht übertragen. Wenn Sie sich trotzdem abmelden, bleiben sie verschlüsselt auf diesem Gerät',
    );
  });

  it('syncs first on request and reports a failure', async () => {
    await newCase();
    requestSync.mockResolvedValue({ ok: false, failure: { kind: 'offline' } });
    await renderWithI18n(<LogoutSyncWarning />);
    await userEvent.click(await screen.findByRole('button', { name: 'Erst synchronisieren' }));
    expect(
      await screen.findByText(/Synchronisierung nicht gelungen: Offline – nicht synchronisiert/),
    ).toBeInTheDocument();
    expect(requestSync).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('note')).toHaveTextContent('4 Änderungen');
  });

  it('says when syncing first has sent everything', async () => {
    await newCase();
    requestSync.mockImplementation(async () => {
      await db.localOutbox.clear();
      return { ok: true };
    });
    await renderWithI18n(<LogoutSyncWarning />);
    await userEvent.click(await screen.findByRole('button', { name: 'Erst synchronisieren' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Alle Änderungen sind übertragen.'),
    );
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
