import { lazy, Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import CaseloadPage from '@/features/caseload/caseload-page';
import { CrashScreen } from './crash-screen';
import { Shell } from './shell';
import { UpdatePrompt } from './update-prompt';

// The caseload is the first screen and part of the entry chunk: a lazy first screen
// would wait for React's Suspense throttle (~300 ms) before it shows. Every other
// screen is a lazy chunk, precached by the service worker so it opens offline.
const SettingsPage = lazy(() => import('@/features/settings/settings-page'));
const NewClientPage = lazy(() => import('@/features/clients/new-client-page'));
const EditClientPage = lazy(() => import('@/features/clients/edit-client-page'));
const CasePage = lazy(() => import('./routes/case-page'));
const PartnersPage = lazy(() => import('@/features/partners/partners-page'));
const GroupOffersPage = lazy(() => import('@/features/groups/group-offers-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page" aria-busy="true">
      {t('loading')}
    </p>
  );
}

export function App() {
  return (
    <ErrorBoundary fallback={<CrashScreen />}>
      {/* Switching language fetches its texts; the shell waits for them rather than flashing keys. */}
      <Suspense fallback={null}>
        <Shell>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/" component={CaseloadPage} />
              <Route path="/clients/new" component={NewClientPage} />
              <Route path="/cases/:caseId/client" component={EditClientPage} />
              <Route path="/cases/:caseId/:tab?" component={CasePage} />
              <Route path="/partners" component={PartnersPage} />
              <Route path="/groups" component={GroupOffersPage} />
              <Route path="/settings" component={SettingsPage} />
              <Route component={NotFoundPage} />
            </Switch>
          </Suspense>
        </Shell>
        <UpdatePrompt />
      </Suspense>
    </ErrorBoundary>
  );
}
