import { useTranslation } from 'react-i18next';
import { useLifeAreas } from '@/db/queries/use-life-areas';
import type { TimelineEntry } from './collect-timeline';
import { formatDate } from '@/components/format-date';
import { timelineSummary } from './timeline-summary';
import { useCaseTimeline } from './use-case-timeline';
import './contacts.css';

function byMonth(entries: TimelineEntry[]): [string, TimelineEntry[]][] {
  const months = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  return [...months];
}

/** Everything that happened in the case, newest first, grouped by month. */
export function CaseTimeline({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('contacts');
  const entries = useCaseTimeline(caseId);
  const lifeAreas = useLifeAreas();
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' });
  const context = { t, language: i18n.language, lifeAreas };
  return (
    <section aria-labelledby="timeline-heading" className="timeline">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      {entries?.length === 0 && <p className="empty-state">{t('timeline.empty')}</p>}
      {entries &&
        byMonth(entries).map(([month, monthEntries]) => (
          <section key={month} className="timeline-month" aria-labelledby={`timeline-${month}`}>
            <h3 id={`timeline-${month}`}>{monthName.format(new Date(`${month}-01T12:00:00`))}</h3>
            <ul className="list">
              {monthEntries.map((entry) => (
                <li key={entry.key} className="list-item timeline-entry" data-kind={entry.kind}>
                  <span>{formatDate(entry.date)}</span>
                  <span className="timeline-kind">{t(`timeline.kinds.${entry.kind}`)}</span>
                  <span>{timelineSummary(entry, context)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
