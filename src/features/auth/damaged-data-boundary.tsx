import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { TamperedDataError } from '@/db/crypto/index';

function isTampered(error: unknown): boolean {
  return (
    error instanceof TamperedDataError ||
    (error instanceof Error && error.name === 'TamperedDataError')
  );
}

function DamagedData() {
  const { t } = useTranslation('auth');
  return (
    <div role="alert" className="page card">
      <h1>{t('damaged.title')}</h1>
      <p>{t('damaged.body')}</p>
      <p>{t('damaged.advice')}</p>
      <Link href="/">{t('damaged.back')}</Link>
    </div>
  );
}

function Fallback({ error }: FallbackProps) {
  // Anything else is a bug: the app's crash screen above deals with it.
  if (!isTampered(error)) throw error;
  return <DamagedData />;
}

/**
 * Around one screen: a record that fails authentication (TamperedDataError:
 * changed on the disk, or damaged) shows a clear message instead of the
 * screen, while navigation and every other screen keep working. `resetKey`
 * (the location) clears it when the person goes elsewhere.
 */
export function DamagedDataBoundary({
  resetKey,
  children,
}: {
  resetKey: string;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary FallbackComponent={Fallback} resetKeys={[resetKey]}>
      {children}
    </ErrorBoundary>
  );
}
