import type { CaseStatus, WriteResult } from '@/core/index';
import { updateRecord } from '../records/write-records';

/** Opens, pauses or closes a case on a date, with the reason the schema asks for when pausing or closing. */
export function changeCaseStatus(
  caseId: string,
  status: CaseStatus,
  date: string,
  reason: string | undefined,
): Promise<WriteResult> {
  return updateRecord('caseFiles', caseId, {
    status,
    statusSince: date,
    statusReason: reason,
    closedOn: status === 'closed' ? date : undefined,
  });
}
