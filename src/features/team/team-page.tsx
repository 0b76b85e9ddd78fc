import { useTranslation } from 'react-i18next';
import { Role } from '@/core/index';
import { useSessionStore } from '@/sync/session-store';
import { CaseloadSummary } from './caseload-summary';
import { TeamFailure } from './team-failure';
import { TeamTable } from './team-table';
import { useTeam } from './use-team';
import './team.css';

function TeamOverview() {
  const { t } = useTranslation('team');
  const { team, reload } = useTeam();
  if (team.state === 'loading')
    return (
      <p className="muted" role="status" aria-busy="true">
        {t('loading')}
      </p>
    );
  if (team.state === 'failed') return <TeamFailure failure={team.failure} onRetry={reload} />;
  return (
    <>
      <CaseloadSummary members={team.members} />
      <TeamTable members={team.members} />
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
          {t('failure.forbidden')}
        </p>
      ) : (
        <TeamOverview />
      )}
    </div>
  );
}
