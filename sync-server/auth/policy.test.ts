import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createId, Role, type SessionInfo } from '../../src/core/index';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';
import { createTestWorld, type TestUser, type TestWorld } from '../test-support/test-world';
import type { AuthContext } from './auth-context';
import { canReadCase, canWriteCase, decideCaseAccess } from './policy';

const session: SessionInfo = {
  id: 's',
  deviceId: 'device-1',
  deviceName: 'Tablet',
  createdAt: '',
  expiresAt: '',
  lastSeenAt: '',
};

function authFor(user: TestUser): AuthContext {
  return {
    user: { id: user.id, orgId: user.orgId, role: user.role, displayName: '', email: user.email },
    session,
  };
}

describe('decideCaseAccess', () => {
  const auth = (role: Role, id = 'u1', orgId = 'org-a'): AuthContext => ({
    user: { id, orgId, role, displayName: '', email: '' },
    session,
  });
  const facts = { orgId: 'org-a', assignedUserIds: ['u1'] };
  const notMine = { orgId: 'org-a', assignedUserIds: ['u2'] };

  it.each([
    [Role.manager, facts, 'granted', 'granted'],
    [Role.manager, notMine, 'forbidden', 'forbidden'],
    [Role.supervisor, facts, 'granted', 'granted'],
    [Role.supervisor, notMine, 'granted', 'forbidden'],
    [Role.admin, facts, 'forbidden', 'forbidden'],
    [Role.admin, notMine, 'forbidden', 'forbidden'],
  ] as const)('%s: read %s… → %s / write → %s', (role, f, read, write) => {
    expect(decideCaseAccess(auth(role), f, 'read')).toBe(read);
    expect(decideCaseAccess(auth(role), f, 'write')).toBe(write);
  });

  it('hides cases of other organisations and unknown cases as not found, whatever the role', () => {
    for (const role of Object.values(Role)) {
      const foreign = auth(role, 'u1', 'org-b');
      expect(decideCaseAccess(foreign, facts, 'read')).toBe('not_found');
      expect(decideCaseAccess(auth(role), undefined, 'read')).toBe('not_found');
    }
  });
});

describe.each(BACKENDS)('case access from assignments on %s', (kind) => {
  let storage: TestStorage;
  let world: TestWorld;
  const caseId = createId();

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    world = await createTestWorld(storage);
    await storage.db
      .insertInto('case_assignments')
      .values({
        case_id: caseId,
        user_id: world.orgA.manager.id,
        org_id: world.orgA.manager.orgId,
        assigned_at: new Date().toISOString(),
        assigned_by: world.orgA.admin.id,
      })
      .execute();
  });
  afterEach(() => storage.dispose());

  it('applies the rules to stored assignments', async () => {
    const { db } = storage;
    expect(await canWriteCase(db, authFor(world.orgA.manager), caseId)).toBe('granted');
    expect(await canReadCase(db, authFor(world.orgA.supervisor), caseId)).toBe('granted');
    expect(await canWriteCase(db, authFor(world.orgA.supervisor), caseId)).toBe('forbidden');
    expect(await canReadCase(db, authFor(world.orgA.admin), caseId)).toBe('forbidden');
    expect(await canReadCase(db, authFor(world.orgB.supervisor), caseId)).toBe('not_found');
    expect(await canReadCase(db, authFor(world.orgA.manager), createId())).toBe('not_found');
  });
});
