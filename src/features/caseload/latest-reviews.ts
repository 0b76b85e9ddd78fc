import type { Row } from '@/db/records/row';

/**
 * Each plan's latest review: the one with the latest date; on the same day the
 * one made last (ids are UUIDv7 and sort by creation time).
 */
export function latestReviews(reviews: Row<'reviews'>[]): Row<'reviews'>[] {
  const latest = new Map<string, Row<'reviews'>>();
  for (const review of reviews) {
    const known = latest.get(review.planId);
    if (!known || review.date > known.date || (review.date === known.date && review.id > known.id))
      latest.set(review.planId, review);
  }
  return [...latest.values()];
}
