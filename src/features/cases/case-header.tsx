import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCaseFile } from '@/db/queries/use-case-file';
import { CaseStatusBadge } from './case-status-badge';
import { CaseStatusForm } from './case-status-form';
import { CaseTags } from './case-tags';
import './case-header.css';

const dayOf = (date: string) => format(parseISO(date), 'dd.MM.yyyy');

/** The top of a case: who, which case, its status and tags, and where to change them. */
export function CaseHeader({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const found = useCaseFile(caseId);
  if (!found) return null;
  const { caseFile, client, taken } = found;
  const language = client?.preferredLanguage;
  return (
    <header className="case-header">
      <div className="card">
        <h1>{client ? `${client.firstName} ${client.lastName}` : t('header.clientMissing')}</h1>
        {taken && (
          <p className="alert alert-warning" role="status">
            {t('header.taken')}
          </p>
        )}
        <CaseStatusBadge status={caseFile.status} since={caseFile.statusSince} />
        {caseFile.statusReason && caseFile.status !== 'open' && (
          <p className="muted">{t('header.reason', { reason: caseFile.statusReason })}</p>
        )}
        <dl className="case-facts">
          <dt>{t('header.caseNumber')}</dt>
          <dd>{caseFile.caseNumber}</dd>
          <dt>{t('header.openedOn')}</dt>
          <dd>{dayOf(caseFile.openedOn)}</dd>
          <dt>{t('header.preferredLanguage')}</dt>
          <dd>{language ? t(`common:languageNames.${language}`) : t('common:none')}</dd>
        </dl>
        <Link href={`/cases/${caseId}/client`}>{t('header.editClient')}</Link>
        <CaseTags caseId={caseId} tags={caseFile.tags} />
      </div>
      <CaseStatusForm
        key={`${caseFile.status}:${caseFile.statusSince}`}
        caseId={caseId}
        status={caseFile.status}
      />
    </header>
  );
}
