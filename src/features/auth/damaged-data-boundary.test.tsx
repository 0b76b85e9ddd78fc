import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from 'react-error-boundary';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { TamperedDataError } from '@/db/crypto/index';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { DamagedDataBoundary } from './damaged-data-boundary';

function Tampered(): never {
  throw new TamperedDataError('goals', 'goal-1');
}
function Broken(): never {
  throw new Error('a bug');
}

function Screens() {
  const [location] = useLocation();
  return (
    <DamagedDataBoundary resetKey={location}>
      <Switch>
        <Route path="/tampered" component={Tampered} />
        <Route path="/broken" component={Broken} />
        <Route path="/">
          <p>Meine Fälle</p>
        </Route>
      </Switch>
    </DamagedDataBoundary>
  );
}

function App() {
  const location = memoryLocation({ path: '/tampered' });
  return (
    <ErrorBoundary fallback={<p>Absturz</p>}>
      <Router hook={location.hook}>
        <Link href="/broken">Kaputt</Link>
        <Screens />
      </Router>
    </ErrorBoundary>
  );
}

describe('DamagedDataBoundary', () => {
  // React reports every error a boundary catches; here they are expected.
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('shows a clear message for a record that failed authentication, and lets the person go on', async () => {
    await renderWithI18n(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ein Datensatz auf diesem Gerät ist beschädigt oder wurde verändert.',
    );
    expect(screen.getByRole('heading', { name: 'Datensatz beschädigt' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Zu meinen Fällen' }));
    expect(screen.getByText('Meine Fälle')).toBeInTheDocument();
  });

  it('leaves every other error to the crash screen', async () => {
    await renderWithI18n(<App />);
    await userEvent.click(screen.getByRole('link', { name: 'Kaputt' }));
    expect(screen.getByText('Absturz')).toBeInTheDocument();
  });
});
