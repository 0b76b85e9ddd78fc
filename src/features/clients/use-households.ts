import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/db/database';

export interface HouseholdMember {
  clientId: string;
  name: string;
  householdRole?: string;
  /** The member's case on this device, if there is one. */
  caseId?: string;
}

export interface HouseholdSummary {
  id: string;
  name: string;
  members: HouseholdMember[];
}

/** The members of the given households, with the case each member's file is in. */
async function membersOf(householdIds: string[]): Promise<Map<string, HouseholdMember[]>> {
  const clients = (await db.clients.where('householdId').anyOf(householdIds).toArray()).filter(
    (c) => !c.deleted,
  );
  const cases = (
    await db.caseFiles
      .where('clientId')
      .anyOf(clients.map((c) => c.id))
      .toArray()
  ).filter((c) => !c.deleted);
  const byHousehold = new Map<string, HouseholdMember[]>();
  for (const client of clients) {
    const members = byHousehold.get(client.householdId!) ?? [];
    members.push({
      clientId: client.id,
      name: `${client.firstName} ${client.lastName}`,
      householdRole: client.householdRole,
      caseId: cases.find((c) => c.clientId === client.id)?.id,
    });
    byHousehold.set(client.householdId!, members);
  }
  for (const members of byHousehold.values())
    members.sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return byHousehold;
}

/** Every household on this device with its members, sorted by name; live. */
export function useHouseholds(): HouseholdSummary[] | undefined {
  return useLiveQuery(async () => {
    const households = (await db.households.toArray()).filter((h) => !h.deleted);
    const members = await membersOf(households.map((h) => h.id));
    return households
      .map((h) => ({ id: h.id, name: h.name, members: members.get(h.id) ?? [] }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }, []);
}

/** One household with its members; `null` when it is not on this device. */
export function useHousehold(householdId: string | undefined): HouseholdSummary | null | undefined {
  return useLiveQuery(async () => {
    if (!householdId) return null;
    const household = await db.households.get(householdId);
    if (!household || household.deleted) return null;
    const members = await membersOf([householdId]);
    return { id: household.id, name: household.name, members: members.get(householdId) ?? [] };
  }, [householdId]);
}
