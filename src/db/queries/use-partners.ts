import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import type { Row } from '../records/row';

/** The offline partner directory, sorted by name. */
export function usePartners(): Row<'partners'>[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.partners.toArray();
    return rows.filter((p) => !p.deleted).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }, []);
}
