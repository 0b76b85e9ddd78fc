import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface CaseLinkItem {
  key: string;
  caseId: string;
  name: string;
  detail?: string;
}

/** How many items a home-screen section shows before it only counts the rest. */
export const SHOWN_ITEMS = 10;

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
  if (total === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="list caseload-links">
        {items.map((item) => (
          <li key={item.key}>
            <Link href={`/cases/${item.caseId}`} className="list-item caseload-link">
              <strong>{item.name}</strong>
              {item.detail && <span className="muted">{item.detail}</span>}
            </Link>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p className="muted">{t('more', { count: total - items.length })}</p>
      )}
    </>
  );
}
