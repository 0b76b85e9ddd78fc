import { useTranslation } from 'react-i18next';
import { Role, teamResponseSchema } from '@/core/index';
import { LoadFailure, Loading } from '@/components/server/server-failure';
import { useServerData } from '@/components/server/use-server-data';
import { useSessionStore } from '@/sync/session-store';
import { CaseloadSummary } from './caseload-summary';
import { TeamTable } from './team-table';
import './team.css';

function TeamOverview() {
  const { t } = useTranslation('team');
  // Online only and not kept on the device; the server logs every read (`team.read`).
  const { result, reload } = useServerData('/v1/team', teamResponseSchema);
  if (result.state === 'loading') return <Loading />;
  if (result.state === 'failed') return <LoadFailure failure={result.failure} onRetry={reload} />;
  const { members } = result.data;
  return (
    <>
      <CaseloadSummary members={members} />
      <TeamTable members={members} />
      <div>
        <button type="button" className="button-secondary" onClick={reload}>
          {t('refresh')}
        </button>
      </div>
    </>
  );
}

/** The supervisor's view of their team: who works here and each person's caseload. Online only. */
export default function TeamPage() {
  const { t } = useTranslation('team');
  const role = useSessionStore((s) => s.user?.role);
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="alert alert-info" role="note">
        {t('logged')}
      </p>
      {role !== undefined && role !== Role.supervisor ? (
        // The server would refuse too; saying so at once also works offline.
        <p className="alert alert-error" role="alert">
          {t('common:server.failure.forbidden')}
        </p>
      ) : (
        <TeamOverview />
      )}
    </div>
  );
}
