import { useTranslation } from 'react-i18next';
import { Role, type TeamMember } from '@/core/index';

const ROLE_ORDER = [Role.manager, Role.supervisor, Role.admin];

function byRoleAndName(a: TeamMember, b: TeamMember): number {
  return (
    ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
    a.displayName.localeCompare(b.displayName, 'de')
  );
}

/** Everyone in the organisation with their role and how many cases are assigned to them. */
export function TeamTable({ members }: { members: TeamMember[] }) {
  const { t } = useTranslation('team');
  return (
    <section aria-labelledby="team-members-heading" className="page">
      <h2 id="team-members-heading">{t('members.heading')}</h2>
      {members.length === 0 ? (
        <p className="empty-state">{t('members.empty')}</p>
      ) : (
        <div className="team-table-scroll">
          <table className="team-table">
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.status')}</th>
                <th scope="col" className="team-number">
                  {t('members.cases')}
                </th>
              </tr>
            </thead>
            <tbody>
              {members.toSorted(byRoleAndName).map((member) => (
                <tr key={member.id}>
                  <th scope="row">
                    {member.displayName}
                    <small className="muted">{member.email}</small>
                  </th>
                  <td>{t(`roles.${member.role}`)}</td>
                  <td>
                    {member.disabled ? (
                      <span className="badge badge-warning">{t('members.disabled')}</span>
                    ) : (
                      <span className="badge badge-success">{t('members.active')}</span>
                    )}
                  </td>
                  <td className="team-number">{member.assignedCases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
