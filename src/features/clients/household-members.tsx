import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Row } from '@/db/records/row';
import { useHousehold } from './use-households';

/** The other members of the client's household, each with a link to their own case. */
export function HouseholdMembers({ client }: { client: Row<'clients'> }) {
  const { t } = useTranslation('clients');
  const household = useHousehold(client.householdId);
  if (household === undefined) return null;
  const others = household?.members.filter((m) => m.clientId !== client.id) ?? [];
  return (
    <section className="card" aria-labelledby="household-members-heading">
      <h2 id="household-members-heading">
        {household ? t('members.heading', { name: household.name }) : t('members.headingNone')}
      </h2>
      {!household && <p className="muted">{t('members.noHousehold')}</p>}
      {household && others.length === 0 && <p className="muted">{t('members.empty')}</p>}
      {others.length > 0 && (
        <ul className="list">
          {others.map((member) => (
            <li key={member.clientId} className="list-item">
              {member.caseId ? (
                <Link href={`/cases/${member.caseId}`}>{member.name}</Link>
              ) : (
                <span>{member.name}</span>
              )}
              {member.householdRole && (
                <span className="muted"> – {t(`householdRole.${member.householdRole}`)}</span>
              )}
              {!member.caseId && <span className="muted"> – {t('members.noCase')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
