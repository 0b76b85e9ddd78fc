import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entryName, type CaseloadEntry } from './caseload-entry';
import { CaseLinkList, SHOWN_ITEMS } from './case-link-list';
import { formatDate } from './format-date';
import type { CaseDeadlines } from './use-case-deadlines';

interface DueTodaySectionProps {
  deadlines: CaseDeadlines | undefined;
  entriesById: Map<string, CaseloadEntry>;
}

/** Contacts whose follow-up (Wiedervorlage) is today, in cases that are not closed. */
export const DueTodaySection = memo(function DueTodaySection({
  deadlines,
  entriesById,
}: DueTodaySectionProps) {
  const { t } = useTranslation('caseload');
  const due = useMemo(
    () =>
      (deadlines?.followUpsToday ?? []).flatMap((contact) => {
        const entry = entriesById.get(contact.caseId);
        return entry && entry.status !== 'closed' ? [{ contact, entry }] : [];
      }),
    [deadlines, entriesById],
  );
  const items = due.slice(0, SHOWN_ITEMS).map(({ contact, entry }) => ({
    key: contact.id,
    caseId: entry.caseId,
    name: entryName(entry),
    detail: t('dueToday.item', { date: formatDate(contact.date) }),
  }));
  return (
    <section className="card caseload-section" aria-labelledby="caseload-due-today">
      <h2 id="caseload-due-today">{t('dueToday.heading')}</h2>
      {deadlines ? (
        <CaseLinkList items={items} total={due.length} empty={t('dueToday.empty')} />
      ) : (
        <p className="muted" aria-busy="true">
          {t('loading')}
        </p>
      )}
    </section>
  );
});
