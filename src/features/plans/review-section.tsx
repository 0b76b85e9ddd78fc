import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '@/db/records/row';
import { formatDate } from '@/components/format-date';
import { ReviewForm } from './review-form';
import { useDraftOpen } from './use-draft-open';

/** The plan's reviews, newest first, and the form to record one. */
export function ReviewSection({
  plan,
  reviews,
}: {
  plan: Row<'plans'>;
  reviews: Row<'reviews'>[];
}) {
  const { t } = useTranslation('plans');
  const headingId = useId();
  const [adding, setAdding] = useDraftOpen(`review-new:${plan.id}`);
  return (
    <section className="card review-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reviews.heading')}</h2>
      {reviews.length === 0 ? (
        <p className="muted">{t('reviews.empty')}</p>
      ) : (
        <ul className="list">
          {reviews.map((review) => (
            <li key={review.id} className="list-item review">
              <p className="review-meta">
                <strong>{formatDate(review.date)}</strong>
                {review.agreed && (
                  <span className="badge badge-success">{t('reviews.agreedBadge')}</span>
                )}
              </p>
              <p className="review-summary">{review.summary}</p>
              {review.nextReviewDate && (
                <p className="muted">
                  {t('reviews.next', { date: formatDate(review.nextReviewDate) })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <ReviewForm plan={plan} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('reviews.add')}
        </button>
      )}
    </section>
  );
}
