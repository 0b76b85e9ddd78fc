import { useLiveQuery } from 'dexie-react-hooks';
import { RECORD_TABLES, type RecordTable } from '@/core/index';
import { db } from '../database';
import type { Row } from '../records/row';

export interface CaseConflict {
  conflict: Row<'conflicts'>;
  /** The record whose field the conflict is about, as stored now; undefined when it is gone. */
  record: Row<RecordTable> | undefined;
}

function isRecordTable(table: string): table is RecordTable {
  return (RECORD_TABLES as string[]).includes(table);
}

/** The case's unresolved conflicts, oldest first, each with its record as it is now; live. */
export function useCaseConflicts(caseId: string): CaseConflict[] | undefined {
  return useLiveQuery(async () => {
    const conflicts = await db.conflicts
      .where('scope')
      .equals(caseId)
      .filter((c) => !c.resolution && !c.deleted)
      .toArray();
    conflicts.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
    return Promise.all(
      conflicts.map(async (conflict) => {
        const record = isRecordTable(conflict.table)
          ? await db.table<Row<RecordTable>, string>(conflict.table).get(conflict.recordId)
          : undefined;
        return { conflict, record: record?.deleted ? undefined : record };
      }),
    );
  }, [caseId]);
}
