import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser, CaseAssignment } from '@/core/index';
import { AssignmentItem } from './assignment-item';

interface AssignmentListProps {
  assignments: CaseAssignment[];
  users: AdminUser[];
  onChanged: (caseId: string, assignments: CaseAssignment[]) => void;
}

/** Every assignment of the organisation, newest first, narrowed to one person on request. */
export function AssignmentList({ assignments, users, onChanged }: AssignmentListProps) {
  const { t } = useTranslation('admin');
  const filterId = useId();
  const [person, setPerson] = useState('');
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const shown = assignments
    .filter((a) => person === '' || a.userId === person)
    .toSorted((a, b) => b.assignedAt.localeCompare(a.assignedAt));
  const people = users.filter((u) => assignments.some((a) => a.userId === u.id));

  return (
    <section aria-labelledby="admin-assignment-list-heading" className="page">
      <h3 id="admin-assignment-list-heading">{t('assignments.list.heading')}</h3>
      <div className="field admin-filter">
        <label htmlFor={filterId}>{t('assignments.list.filter')}</label>
        <select id={filterId} value={person} onChange={(e) => setPerson(e.target.value)}>
          <option value="">{t('assignments.list.everyone')}</option>
          {people.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName}
            </option>
          ))}
        </select>
      </div>
      <p className="muted" role="status">
        {t('assignments.list.count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="empty-state">{t('assignments.list.empty')}</p>
      ) : (
        <ul className="list">
          {shown.map((a) => (
            <AssignmentItem
              key={`${a.caseId}:${a.userId}`}
              assignment={a}
              name={names.get(a.userId) ?? a.userId}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
