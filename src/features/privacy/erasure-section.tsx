import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseFile } from '@/db/queries/use-case-file';
import { ErasureForm } from './erasure-form';

interface ErasureSectionProps {
  caseId: string;
  clientId: string;
  online: boolean;
}

/**
 * Erasure on request (GDPR Art. 17), for supervisors and admins. Confirming
 * needs the client's last name, so it needs the client's record on this device.
 */
export function ErasureSection({ caseId, clientId, online }: ErasureSectionProps) {
  const { t } = useTranslation('privacy');
  const headingId = useId();
  const found = useCaseFile(caseId);
  const client = found?.client?.id === clientId ? found.client : undefined;
  const [asking, setAsking] = useState(false);
  const [erased, setErased] = useState<number>();

  function done(records: number) {
    setAsking(false);
    setErased(records);
    // This device drops the erased records at once instead of at the next timed sync.
    void import('@/sync/sync-scheduler').then((m) => m.requestSync());
  }

  let body;
  if (erased !== undefined)
    body = (
      <p role="status" className="alert alert-info">
        {t('erasure.done', { count: erased })}
      </p>
    );
  else if (asking && client)
    body = (
      <ErasureForm
        clientId={clientId}
        lastName={client.lastName}
        online={online}
        onErased={done}
        onCancel={() => setAsking(false)}
      />
    );
  else
    body = (
      <>
        <p>{t('erasure.intro')}</p>
        {found !== undefined && !client && <p className="muted">{t('erasure.clientMissing')}</p>}
        <button
          type="button"
          className="button-danger"
          disabled={!online || !client}
          onClick={() => setAsking(true)}
        >
          {t('erasure.start')}
        </button>
      </>
    );

  return (
    <section aria-labelledby={headingId} className="privacy-part">
      <h3 id={headingId}>{t('erasure.heading')}</h3>
      {body}
    </section>
  );
}
