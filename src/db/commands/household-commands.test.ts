import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '@/core/index';
import { db } from '../database';
import { openCaseForNewClient } from './open-case-for-new-client';
import { updateClientWithHousehold } from './update-client-with-household';

function opened(result: Awaited<ReturnType<typeof openCaseForNewClient>>) {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.id;
}

describe('household commands', () => {
  beforeEach(async () => {
    setToday('2026-11-24');
    await Promise.all(db.tables.map((t) => t.clear()));
  });
  afterEach(() => setToday(undefined));

  it('opens a case without a household as before', async () => {
    const { clientId } = opened(
      await openCaseForNewClient({ firstName: 'Amal', lastName: 'Haddad' }, '2026-01-10'),
    );
    expect((await db.clients.get(clientId))?.householdId).toBeUndefined();
    expect(await db.households.count()).toBe(0);
  });

  it('founds a household in the new case and puts the client in it', async () => {
    const { clientId, caseId } = opened(
      await openCaseForNewClient(
        { firstName: 'Amal', lastName: 'Haddad', householdRole: 'head' },
        '2026-01-10',
        { name: 'Familie Haddad' },
      ),
    );
    const [household] = await db.households.toArray();
    expect(household).toMatchObject({ name: 'Familie Haddad', scope: caseId });
    expect(await db.clients.get(clientId)).toMatchObject({
      householdId: household!.id,
      householdRole: 'head',
    });
  });

  it('stores nothing when the household is refused', async () => {
    const result = await openCaseForNewClient(
      { firstName: 'Amal', lastName: 'Haddad' },
      '2026-01-10',
      {
        name: '',
      },
    );
    expect(result.ok).toBe(false);
    expect(await db.clients.count()).toBe(0);
    expect(await db.caseFiles.count()).toBe(0);
    expect(await db.households.count()).toBe(0);
  });

  it('moves an existing client into a household founded on the way', async () => {
    const { clientId, caseId } = opened(
      await openCaseForNewClient({ firstName: 'Omar', lastName: 'Haddad' }, '2026-01-10'),
    );
    const result = await updateClientWithHousehold(
      clientId,
      { phone: '0711 123456' },
      { name: 'WG Omar' },
    );
    expect(result.ok).toBe(true);
    const [household] = await db.households.toArray();
    expect(household).toMatchObject({ name: 'WG Omar', scope: caseId });
    expect(await db.clients.get(clientId)).toMatchObject({
      householdId: household!.id,
      phone: '0711 123456',
    });
  });

  it('changes only the client when no household is founded, and refuses atomically', async () => {
    const { clientId } = opened(
      await openCaseForNewClient({ firstName: 'Omar', lastName: 'Haddad' }, '2026-01-10'),
    );
    expect((await updateClientWithHousehold(clientId, { nationality: 'Syrien' })).ok).toBe(true);
    expect((await db.clients.get(clientId))?.nationality).toBe('Syrien');
    const refused = await updateClientWithHousehold(
      clientId,
      { dateOfBirth: '2030-01-01' },
      { name: 'Familie Haddad' },
    );
    expect(refused).toEqual({
      ok: false,
      issues: [{ path: 'dateOfBirth', key: 'dateInFuture', params: {} }],
    });
    expect(await db.households.count()).toBe(0);
    expect(await updateClientWithHousehold('missing', {}, { name: 'X' })).toMatchObject({
      ok: false,
    });
  });
});
