import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Role } from '@/core/index';
import { useOnlineStatus } from '@/sync/use-online-status';
import { useSessionStore } from '@/sync/session-store';
import { ErasureSection } from './erasure-section';
import { ExportSection } from './export-section';
import './privacy.css';

/** The server decides too (client-data-service.ts); this only hides what the role may not do. */
const MAY_ERASE: readonly string[] = [Role.supervisor, Role.admin];

/**
 * A client's data-protection rights, on their case: access (Art. 15 GDPR) for
 * whoever may read the case, erasure on request (Art. 17) for supervisors and
 * admins. Both act on the server, so both need a connection.
 */
export function PrivacyPanel({ caseId, clientId }: { caseId: string; clientId: string }) {
  const { t } = useTranslation('privacy');
  const headingId = useId();
  const online = useOnlineStatus();
  const role = useSessionStore((s) => s.user?.role);

  return (
    <section aria-labelledby={headingId} className="card privacy-panel">
      <h2 id={headingId}>{t('heading')}</h2>
      {!online && (
        <p role="status" className="alert alert-warning">
          {t('offline')}
        </p>
      )}
      <ExportSection clientId={clientId} online={online} />
      {role && MAY_ERASE.includes(role) && (
        <ErasureSection caseId={caseId} clientId={clientId} online={online} />
      )}
    </section>
  );
}
