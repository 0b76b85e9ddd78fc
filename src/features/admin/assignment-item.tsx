import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignmentsResponseSchema, type CaseAssignment } from '@/core/index';
import { apiRequest } from '@/sync/api-client';
import { ConfirmPanel } from '@/components/confirm-panel';
import { ActionFailure } from '@/components/server/server-failure';
import { formatDay } from './format-time';
import { useServerAction } from './use-server-action';

interface AssignmentItemProps {
  assignment: CaseAssignment;
  /** The assigned person's display name. */
  name: string;
  onChanged: (caseId: string, assignments: CaseAssignment[]) => void;
}

/** One case assigned to one person; the assignment can be taken away after asking. */
export function AssignmentItem({ assignment, name, onChanged }: AssignmentItemProps) {
  const { t } = useTranslation('admin');
  const [confirming, setConfirming] = useState(false);
  const action = useServerAction();
  const { caseId, userId } = assignment;

  async function unassign() {
    const answer = await action.run(() =>
      apiRequest('/v1/admin/assignments', assignmentsResponseSchema, {
        method: 'PUT',
        body: { caseId, userId, assigned: false },
      }),
    );
    if (answer) onChanged(caseId, answer.assignments);
  }

  return (
    <li className="list-item admin-item">
      <p>
        <span className="muted">{t('assignments.list.case')}</span>{' '}
        <code className="admin-id">{caseId}</code>
      </p>
      <p>{t('assignments.list.assignedTo', { name, date: formatDay(assignment.assignedAt) })}</p>
      {confirming ? (
        <ConfirmPanel
          title={t('assignments.unassign.title', { name })}
          confirmLabel={t('assignments.unassign.confirm')}
          busy={action.busy}
          failure={<ActionFailure failure={action.failure} />}
          onConfirm={() => void unassign()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('assignments.unassign.body', { name, caseId })}</p>
        </ConfirmPanel>
      ) : (
        <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
          {t('assignments.unassign.open')}
          <span className="visually-hidden">
            : {caseId}, {name}
          </span>
        </button>
      )}
    </li>
  );
}
