import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadEntry } from './caseload-entry';
import { CaseloadRow } from './caseload-row';

/** Fixed row height in px (see caseload.css): rows need no measuring, so scrolling stays cheap. */
const ROW_HEIGHT = 76;

let renderedMarked = false;

/** Tells the benchmark (and the browser's performance timeline) when the first rows are on screen. */
function markRendered() {
  if (renderedMarked) return;
  renderedMarked = true;
  performance.mark('lotse:caseload-rendered');
}

interface CaseloadListProps {
  rows: CaseloadEntry[];
  nextFollowUp: Map<string, string> | undefined;
  overdueCaseIds: Set<string>;
  /** Changes whenever search or filters change, to scroll back to the top. */
  resetKey: string;
}

/**
 * The caseload as a virtualised list: only the rows in view (and a few
 * around them) are in the DOM, so 10,000 cases render and filter as fast as 100.
 */
export function CaseloadList({ rows, nextFollowUp, overdueCaseIds, resetKey }: CaseloadListProps) {
  const { t } = useTranslation('caseload');
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read afresh on every render on purpose
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.caseId,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    if (items.length > 0 || rows.length === 0) markRendered();
  }, [items.length, rows.length]);

  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [resetKey]);

  if (rows.length === 0) return <p className="empty-state">{t('noMatches')}</p>;
  return (
    <div ref={scrollRef} className="caseload-scroller">
      <ul
        className="caseload-list"
        aria-label={t('list.label')}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const entry = rows[item.index]!;
          return (
            <CaseloadRow
              key={item.key}
              entry={entry}
              nextFollowUp={nextFollowUp?.get(entry.caseId)}
              overdue={overdueCaseIds.has(entry.caseId)}
              position={item.index}
              total={rows.length}
              style={{ transform: `translateY(${item.start}px)` }}
            />
          );
        })}
      </ul>
    </div>
  );
}
