import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '@/sync/api-client';
import { downloadClientExport, ExportFormat } from './download-client-export';
import { privacyFailureText } from './privacy-failure-text';

/** Access (GDPR Art. 15): everything the server holds about the client, as PDF or JSON. */
export function ExportSection({ clientId, online }: { clientId: string; online: boolean }) {
  const { t } = useTranslation('privacy');
  const headingId = useId();
  const [busy, setBusy] = useState<ExportFormat>();
  const [failure, setFailure] = useState<ApiFailure>();
  const [saved, setSaved] = useState<string>();

  async function download(format: ExportFormat) {
    setBusy(format);
    setFailure(undefined);
    setSaved(undefined);
    const result = await downloadClientExport(clientId, format);
    setBusy(undefined);
    if (result.ok) setSaved(result.data);
    else setFailure(result.failure);
  }

  return (
    <section aria-labelledby={headingId} className="privacy-part">
      <h3 id={headingId}>{t('export.heading')}</h3>
      <p>{t('export.intro')}</p>
      <div className="form-actions">
        {Object.values(ExportFormat).map((format) => (
          <button
            key={format}
            type="button"
            className="button-secondary"
            disabled={!online || busy !== undefined}
            aria-busy={busy === format}
            onClick={() => void download(format)}
          >
            {busy === format ? t('export.busy') : t(`export.${format}`)}
          </button>
        ))}
      </div>
      {failure && (
        <p role="alert" className="alert alert-error">
          {privacyFailureText(t, failure)}
        </p>
      )}
      {saved && (
        <p role="status" className="alert alert-info">
          {t('export.saved', { fileName: saved })}
        </p>
      )}
      <p className="muted">{t('export.audited')}</p>
    </section>
  );
}
