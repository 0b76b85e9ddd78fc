import { useTranslation } from 'react-i18next';
import {
  adminUsersResponseSchema,
  assignmentsResponseSchema,
  type CaseAssignment,
} from '@/core/index';
import { AssignCaseForm } from './assign-case-form';
import { AssignmentList } from './assignment-list';
import { LoadFailure, Loading } from '@/components/server/server-failure';
import { useServerData } from '@/components/server/use-server-data';

/** Which cases each manager works on: assign a case id to a person, or take it away again. */
export function AssignmentsSection() {
  const { t } = useTranslation('admin');
  const users = useServerData('/v1/admin/users', adminUsersResponseSchema);
  const assignments = useServerData('/v1/admin/assignments', assignmentsResponseSchema);
  // The server answers a change with the case's assignments afterwards: they replace the old ones.
  const applied = (caseId: string, now: CaseAssignment[]) =>
    assignments.update((data) => ({
      assignments: [...data.assignments.filter((a) => a.caseId !== caseId), ...now],
    }));

  const failed = [users, assignments].find((r) => r.result.state === 'failed');
  const retry = () => {
    if (users.result.state === 'failed') users.reload();
    if (assignments.result.state === 'failed') assignments.reload();
  };

  return (
    <section aria-labelledby="admin-assignments-heading" className="page">
      <h2 id="admin-assignments-heading">{t('assignments.heading')}</h2>
      <p className="muted">{t('assignments.intro')}</p>
      {failed?.result.state === 'failed' ? (
        <LoadFailure failure={failed.result.failure} onRetry={retry} />
      ) : users.result.state === 'loaded' && assignments.result.state === 'loaded' ? (
        <>
          <AssignCaseForm users={users.result.data.users} onAssigned={applied} />
          <AssignmentList
            assignments={assignments.result.data.assignments}
            users={users.result.data.users}
            onChanged={applied}
          />
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}
