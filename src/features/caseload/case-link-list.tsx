import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface CaseLinkItem {
  key: string;
  caseId: string;
  name: string;
  detail?: string;
}

/** How many items a home-screen section lists at most before it only counts the rest. */
export const SHOWN_ITEMS = 50;

/** Folded, a section shows this many, so the caseload list stays in view on a tablet. */
const FOLDED_ITEMS = 3;

/** A short list of links to cases, and how many more there are beyond `items`. */
export function CaseLinkList({
  items,
  total,
  empty,
}: {
  items: CaseLinkItem[];
  total: number;
  empty: string;
}) {
  const { t } = useTranslation('caseload');
  const [unfolded, setUnfolded] = useState(false);
  if (total === 0) return <p className="muted">{empty}</p>;
  const shown = unfolded ? items : items.slice(0, FOLDED_ITEMS);
  return (
    <>
      <ul className="list caseload-links">
        {shown.map((item) => (
          <li key={item.key}>
            <Link href={`/cases/${item.caseId}`} className="list-item caseload-link">
              <strong>{item.name}</strong>
              {item.detail && <span className="muted">{item.detail}</span>}
            </Link>
          </li>
        ))}
      </ul>
      {shown.length < items.length && (
        <button type="button" className="button-secondary" onClick={() => setUnfolded(true)}>
          {t('showAll', { count: total })}
        </button>
      )}
      {unfolded && total > items.length && (
        <p className="muted">{t('more', { count: total - items.length })}</p>
      )}
    </>
  );
}
