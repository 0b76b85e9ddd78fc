import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';
import type { Row } from '@/db/records/row';
import { createdStamp } from './created-stamp';

export interface ContactEntry {
  contact: Row<'contacts'>;
  /** The group offer's title, for attendance logged by a group offer. */
  groupTitle?: string;
}

/** Newest first: by date, and within one day the one recorded last comes first. */
export function byDateNewestFirst(a: Row<'contacts'>, b: Row<'contacts'>): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return (createdStamp(b) ?? '').localeCompare(createdStamp(a) ?? '');
}

/** The case's contacts, newest first, live. */
export function useCaseContacts(caseId: string): ContactEntry[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.contacts.where('caseId').equals(caseId).toArray();
    const contacts = rows.filter((c) => !c.deleted).sort(byDateNewestFirst);
    const offerIds = [
      ...new Set(contacts.flatMap((c) => (c.groupOfferId ? [c.groupOfferId] : []))),
    ];
    const offers = await db.groupOffers.bulkGet(offerIds);
    const titles = new Map(
      offers.flatMap((offer) =>
        offer && !offer.deleted ? [[offer.id, offer.title] as const] : [],
      ),
    );
    return contacts.map((contact) => ({
      contact,
      groupTitle: contact.groupOfferId ? titles.get(contact.groupOfferId) : undefined,
    }));
  }, [caseId]);
}
