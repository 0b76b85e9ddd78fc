import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entryName, type CaseloadEntry } from './caseload-entry';
import { CaseLinkList, SHOWN_ITEMS } from './case-link-list';
import { formatDate } from './format-date';
import { overdueItems } from './overdue-items';
import type { CaseDeadlines } from './use-case-deadlines';

interface OverdueSectionProps {
  deadlines: CaseDeadlines | undefined;
  entriesById: Map<string, CaseloadEntry>;
}

/** Steps not done by their due date and plan reviews past due, oldest first, in cases not closed. */
export const OverdueSection = memo(function OverdueSection({
  deadlines,
  entriesById,
}: OverdueSectionProps) {
  const { t } = useTranslation('caseload');
  const overdue = useMemo(
    () => (deadlines ? overdueItems(deadlines, entriesById) : []),
    [deadlines, entriesById],
  );
  const items = overdue.slice(0, SHOWN_ITEMS).map((item) => ({
    key: item.key,
    caseId: item.entry.caseId,
    name: entryName(item.entry),
    detail:
      item.kind === 'step'
        ? t('overdue.step', { text: item.text, date: formatDate(item.since) })
        : t('overdue.review', { date: formatDate(item.since) }),
  }));
  return (
    <section className="card caseload-section" aria-labelledby="caseload-overdue">
      <h2 id="caseload-overdue">{t('overdue.heading')}</h2>
      {deadlines ? (
        <CaseLinkList items={items} total={overdue.length} empty={t('overdue.empty')} />
      ) : (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      )}
    </section>
  );
});
