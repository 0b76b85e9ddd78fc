import { Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseConflicts } from '@/db/queries/use-case-conflicts';
import { ConflictItem } from './conflict-item';
import './sync.css';

/**
 * The case's conflict inbox: a badge with the number of values that lost a
 * concurrent edit, and, opened, each of them to restore or dismiss. Shows
 * nothing while the case has none.
 */
export function ConflictInbox({ caseId }: { caseId: string }) {
  const { t } = useTranslation('sync');
  const id = useId();
  const [open, setOpen] = useState(false);
  const conflicts = useCaseConflicts(caseId);
  if (!conflicts?.length) return null;
  return (
    <section className="conflict-inbox alert alert-warning" aria-labelledby={id}>
      <div className="conflict-inbox-head">
        <span className="badge badge-warning conflict-badge" data-testid="conflict-badge">
          {t('conflicts.badge', { count: conflicts.length })}
        </span>
        <h2 id={id}>{t('conflicts.heading')}</h2>
        <button
          type="button"
          className="button-secondary"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          onClick={() => setOpen(!open)}
        >
          {open ? t('conflicts.hide') : t('conflicts.show')}
        </button>
      </div>
      {open && (
        <div id={`${id}-list`} className="conflict-inbox-body">
          <p>{t('conflicts.intro')}</p>
          {/* Field names come from the forms' texts; the case page has mostly loaded them already. */}
          <Suspense fallback={null}>
            <ul className="list">
              {conflicts.map((item) => (
                <ConflictItem key={item.conflict.id} item={item} />
              ))}
            </ul>
          </Suspense>
        </div>
      )}
    </section>
  );
}
