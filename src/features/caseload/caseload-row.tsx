import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { entryName, type CaseloadEntry } from './caseload-entry';
import { formatDate } from './format-date';

const STATUS_BADGE = {
  open: 'badge-success',
  paused: 'badge',
  closed: 'badge badge-closed',
} as const;

interface CaseloadRowProps {
  entry: CaseloadEntry;
  nextFollowUp: string | undefined;
  overdue: boolean;
  position: number;
  total: number;
  style: CSSProperties;
}

/** One case in the caseload: client, case number, status, next follow-up, overdue marker. */
export function CaseloadRow({
  entry,
  nextFollowUp,
  overdue,
  position,
  total,
  style,
}: CaseloadRowProps) {
  const { t } = useTranslation('caseload');
  return (
    <li
      className="caseload-row"
      data-testid="caseload-row"
      aria-setsize={total}
      aria-posinset={position + 1}
      style={style}
    >
      <Link href={`/cases/${entry.caseId}`} className="caseload-row-link">
        <span className="caseload-row-name">{entryName(entry)}</span>
        <span className="caseload-row-number muted">{entry.caseNumber}</span>
        <span className="caseload-row-state">
          <span className={`badge ${STATUS_BADGE[entry.status]}`}>
            {t(`status.${entry.status}`)}
          </span>
          {overdue && <span className="badge badge-warning">{t('list.overdue')}</span>}
        </span>
        <span className="caseload-row-follow-up muted">
          {nextFollowUp
            ? t('list.nextFollowUp', { date: formatDate(nextFollowUp) })
            : t('list.noFollowUp')}
        </span>
      </Link>
    </li>
  );
}
