import { lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { AccountBar } from '@/features/auth/account-bar';
import { AuthGate } from '@/features/auth/auth-gate';
import { DamagedDataBoundary } from '@/features/auth/damaged-data-boundary';
import { SessionNotice } from '@/features/auth/session-notice';
import { useCaseloadFilterStore } from '@/features/caseload/caseload-filter-store';
import CaseloadPage from '@/features/caseload/caseload-page';
import { CrashScreen } from './crash-screen';
import { Shell } from './shell';
import { UpdatePrompt } from './update-prompt';

// The caseload is the first screen and part of the entry chunk: a lazy first screen
// would wait for React's Suspense throttle (~300 ms) before it shows. Every other
// screen is a lazy chunk, precached by the service worker so it opens offline.
const SettingsRoute = lazy(() => import('./routes/settings-route'));
const NewClientPage = lazy(() => import('@/features/clients/new-client-page'));
const EditClientPage = lazy(() => import('@/features/clients/edit-client-page'));
const CasePage = lazy(() => import('./routes/case-page'));
const PartnersPage = lazy(() => import('@/features/partners/partners-page'));
const GroupOffersPage = lazy(() => import('@/features/groups/group-offers-page'));
const AdminPage = lazy(() => import('@/features/admin/admin-page'));
const TeamPage = lazy(() => import('@/features/team/team-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));
// The sync status starts the sync engine: lazy, so the engine stays out of the first screen's
// JavaScript. The logout warning comes with it: one chunk, one preload list in the entry.
const loadSync = () => import('@/features/sync/sync-status');
const SyncStatus = lazy(loadSync);
const LogoutSyncWarning = lazy(() =>
  loadSync().then((sync) => ({ default: sync.LogoutSyncWarning })),
);

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page" aria-busy="true">
      {t('loading')}
    </p>
  );
}

/** The screens; a record that fails decryption shows a message in place of its screen only. */
function Screens() {
  const [location] = useLocation();
  // A search for a client's name must not outlive the session it was typed in.
  useEffect(() => () => useCaseloadFilterStore.getState().reset(), []);
  return (
    <DamagedDataBoundary resetKey={location}>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={CaseloadPage} />
          <Route path="/clients/new" component={NewClientPage} />
          <Route path="/cases/:caseId/client" component={EditClientPage} />
          <Route path="/cases/:caseId/:tab?" component={CasePage} />
          <Route path="/partners" component={PartnersPage} />
          <Route path="/groups" component={GroupOffersPage} />
          <Route path="/settings" component={SettingsRoute} />
          <Route path="/admin" component={AdminPage} />
          <Route path="/team" component={TeamPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </DamagedDataBoundary>
  );
}

export function App() {
  return (
    <ErrorBoundary fallback={<CrashScreen />}>
      {/* Switching language fetches its texts; the shell waits for them rather than flashing keys. */}
      <Suspense fallback={null}>
        {/* Nothing below the gate renders before a person has unlocked their own encrypted database. */}
        <AuthGate>
          <Shell
            account={
              <AccountBar
                logoutNotice={
                  <Suspense fallback={null}>
                    <LogoutSyncWarning />
                  </Suspense>
                }
              />
            }
            sync={
              <Suspense fallback={null}>
                <SyncStatus />
              </Suspense>
            }
          >
            <SessionNotice />
            <Screens />
          </Shell>
        </AuthGate>
        <UpdatePrompt />
      </Suspense>
    </ErrorBoundary>
  );
}
