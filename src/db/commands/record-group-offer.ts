import { createId, type GroupOfferInput, type WriteResult } from '@/core/index';
import { db } from '../database';
import { writeRecords, type WriteOp } from '../records/write-records';

/** A group session, logged as one contact in the case of every attendee. */
export async function recordGroupOffer(offer: GroupOfferInput): Promise<WriteResult> {
  const groupOfferId = createId();
  const cases = await db.caseFiles.bulkGet(offer.attendeeCaseIds ?? []);
  if (cases.some((c) => !c || c.deleted))
    return { ok: false, issues: [{ path: 'attendeeCaseIds', key: 'recordMissing' }] };
  const ops: WriteOp[] = [
    { kind: 'create', table: 'groupOffers', id: groupOfferId, fields: offer },
    ...cases.map((caseFile): WriteOp => ({
      kind: 'create',
      table: 'contacts',
      fields: {
        caseId: caseFile!.id,
        clientId: caseFile!.clientId,
        date: offer.date,
        durationMinutes: offer.durationMinutes,
        mode: 'group',
        lifeAreaKeys: offer.lifeAreaKeys ?? [],
        note: offer.title,
        groupOfferId,
      },
    })),
  ];
  const result = await writeRecords(ops);
  return result.ok ? { ok: true, id: groupOfferId } : result;
}
