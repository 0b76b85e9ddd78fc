import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';

/** The plan's reviews, newest first. */
export function useReviews(planId: string): Row<'reviews'>[] | undefined {
  return useLiveQuery(async () => {
    const reviews = await db.reviews.where('planId').equals(planId).toArray();
    return reviews
      .filter((r) => !r.deleted)
      .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id));
  }, [planId]);
}
