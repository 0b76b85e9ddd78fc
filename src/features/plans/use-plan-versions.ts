import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';

/** The plan's frozen versions, version 1 first. */
export function usePlanVersions(planId: string): Row<'planVersions'>[] | undefined {
  return useLiveQuery(async () => {
    const versions = await db.planVersions.where('planId').equals(planId).toArray();
    return versions.filter((v) => !v.deleted).sort((a, b) => a.number - b.number);
  }, [planId]);
}
