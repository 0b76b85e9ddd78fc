import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';

/** The organisation's group offers on this device, newest first, live. */
export function useGroupOffers(): Row<'groupOffers'>[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.groupOffers.orderBy('date').reverse().toArray();
    return rows.filter((offer) => !offer.deleted);
  }, []);
}
