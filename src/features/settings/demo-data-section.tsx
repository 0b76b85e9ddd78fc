import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMO_CLIENTS, loadDemoData, type DemoLoadResult } from './load-demo-data';

export function DemoDataSection() {
  const { t } = useTranslation('settings');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DemoLoadResult>();

  async function load() {
    setBusy(true);
    setResult(undefined);
    setResult(await loadDemoData());
    setBusy(false);
  }

  return (
    <section aria-labelledby="demo-heading" className="card">
      <h2 id="demo-heading">{t('demo.heading')}</h2>
      <p>{t('demo.explanation', { count: DEMO_CLIENTS })}</p>
      <button type="button" onClick={() => void load()} disabled={busy} aria-busy={busy}>
        {busy ? t('demo.loading') : t('demo.load', { count: DEMO_CLIENTS })}
      </button>
      {result?.ok && (
        <p role="status" className="alert alert-info">
          {t('demo.loaded', { clients: result.clients, records: result.records })}
        </p>
      )}
      {result && !result.ok && (
        <p role="alert" className="alert alert-error">
          {t(`demo.failed.${result.reason}`)}
        </p>
      )}
    </section>
  );
}
