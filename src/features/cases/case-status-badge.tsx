import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@/core/index';

const BADGE_CLASS: Record<CaseStatus, string> = {
  open: 'badge badge-success',
  paused: 'badge badge-warning',
  closed: 'badge',
};

/** The case's status and the day it began, e.g. "pausiert seit 01.10.2026". */
export function CaseStatusBadge({ status, since }: { status: CaseStatus; since: string }) {
  const { t } = useTranslation('cases');
  return (
    <span className="case-status">
      <span className={BADGE_CLASS[status]} data-testid="case-status">
        {t(`status.${status}`)}
      </span>{' '}
      <span>{t('status.since', { date: format(parseISO(since), 'dd.MM.yyyy') })}</span>
    </span>
  );
}
