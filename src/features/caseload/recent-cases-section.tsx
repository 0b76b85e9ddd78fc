import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { entryName, type CaseloadEntry } from './caseload-entry';
import { CaseLinkList } from './case-link-list';
import { useRecentCaseIds } from './use-recent-cases';

const SHOWN = 5;

/** The cases opened last on this device, newest first. */
export const RecentCasesSection = memo(function RecentCasesSection({
  entriesById,
}: {
  entriesById: Map<string, CaseloadEntry>;
}) {
  const { t } = useTranslation('caseload');
  const recentIds = useRecentCaseIds() ?? [];
  const items = recentIds
    .map((caseId) => entriesById.get(caseId))
    .filter((entry): entry is CaseloadEntry => entry !== undefined)
    .slice(0, SHOWN)
    .map((entry) => ({
      key: entry.caseId,
      caseId: entry.caseId,
      name: entryName(entry),
      detail: entry.caseNumber,
    }));
  return (
    <section className="card caseload-section" aria-labelledby="caseload-recent">
      <h2 id="caseload-recent">{t('recent.heading')}</h2>
      <CaseLinkList items={items} total={items.length} empty={t('recent.empty')} />
    </section>
  );
});
