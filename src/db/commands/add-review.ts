import { createId, type ReviewInput, type WriteResult } from '@/core/index';
import { db } from '../database';
import { withoutSyncMeta } from '../records/row';
import { writeRecords, type WriteOp } from '../records/write-records';

/**
 * Records a review (Fortschreibung). An agreed review also freezes the plan's
 * goals and steps as they are now into a numbered version that can be viewed later.
 */
export async function addReview(review: ReviewInput): Promise<WriteResult> {
  const reviewId = createId();
  const ops: WriteOp[] = [{ kind: 'create', table: 'reviews', id: reviewId, fields: review }];
  if (review.agreed) {
    const [goals, steps, versions] = await Promise.all([
      db.goals.where('planId').equals(review.planId).toArray(),
      // Steps are indexed by their case (scope), not their plan: read the case's, keep the plan's.
      db.steps
        .where('scope')
        .equals(review.caseId)
        .filter((s) => s.planId === review.planId)
        .toArray(),
      db.planVersions.where('planId').equals(review.planId).toArray(),
    ]);
    const live = <T extends { deleted?: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
    ops.push({
      kind: 'create',
      table: 'planVersions',
      fields: {
        planId: review.planId,
        caseId: review.caseId,
        number: live(versions).length + 1,
        reviewId,
        frozenOn: review.date,
        goals: live(goals).map(withoutSyncMeta),
        steps: live(steps).map(withoutSyncMeta),
      },
    });
  }
  const result = await writeRecords(ops);
  return result.ok ? { ok: true, id: reviewId } : result;
}
