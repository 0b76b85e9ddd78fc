import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/components/format-date';
import type { Row } from '@/db/records/row';

/** The plan's frozen versions; each opens read-only. */
interface PlanVersionListProps {
  versions: Row<'planVersions'>[];
  onOpen: (id: string) => void;
}

export function PlanVersionList({ versions, onOpen }: PlanVersionListProps) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  return (
    <section className="card version-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('versions.heading')}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t('versions.empty')}</p>
      ) : (
        <ul className="list version-list">
          {versions.map((version) => (
            <li key={version.id}>
              <button type="button" className="button-secondary" onClick={() => onOpen(version.id)}>
                {t('versions.item', { number: version.number, date: formatDate(version.frozenOn) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
