import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { AccountBar } from '@/features/auth/account-bar';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../tests/setup/render-with-i18n';

vi.mock('@/sync/sync-scheduler', () => ({ requestSync: vi.fn(), startSyncTriggers: vi.fn() }));

// Composed as app.tsx composes it: the warning is a lazy chunk of features/sync.
const LogoutSyncWarning = lazy(() => import('@/features/sync/logout-sync-warning'));

async function askToLogOut() {
  await renderWithI18n(
    <AccountBar
      logoutNotice={
        <Suspense fallback={null}>
          <LogoutSyncWarning />
        </Suspense>
      }
    />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Abmelden' }));
  return within(await screen.findByRole('alertdialog'));
}

describe('the logout confirmation', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    useSessionStore.getState().unlocked(
      {
        id: 'u1',
        orgId: 'o1',
        displayName: 'Max Muster',
        email: 'max@example.org',
        role: 'manager',
      },
      'token',
    );
  });

  it('warns about unsent changes and offers to sync first', async () => {
    await openCaseForNewClient({ firstName: 'Amal', lastName: 'Haddad' });
    const dialog = await askToLogOut();
    expect(
      await dialog.findByText(/4 Änderungen sind noch nicht übertragen\./),
    ).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Erst synchronisieren' })).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Abmelden' })).toBeEnabled();
  });

  it('does not warn when nothing waits', async () => {
    const dialog = await askToLogOut();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialog.queryByText(/noch nicht übertragen/)).not.toBeInTheDocument();
    expect(dialog.queryByRole('button', { name: 'Erst synchronisieren' })).not.toBeInTheDocument();
  });
});
