import { createId, type Role } from '../../src/core/index';
import { hashPassword } from '../auth/password';
import { createSessionToken, hashSessionToken } from '../auth/session-token';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from '../demo/demo-accounts';
import { seedDemo } from '../demo/seed-demo';
import { createApp, type AppOptions } from '../server';
import { silentLogger } from './silent-logger';
import type { TestStorage } from './test-storage';

/** Cheap scrypt parameters, so that tests hash in a millisecond. */
export const CHEAP_COST = { N: 2 ** 10, r: 8, p: 1 };

export interface TestUser {
  id: string;
  orgId: string;
  email: string;
  password: string;
  role: Role;
}

/** A clock the test moves by hand. */
export interface TestClock {
  now: () => Date;
  advance: (ms: number) => void;
}

export function createTestClock(start = Date.now()): TestClock {
  let current = start;
  return { now: () => new Date(current), advance: (ms) => void (current += ms) };
}

export const OTHER_ORGANISATION = {
  id: '0190b000-0000-7000-8000-000000000001',
  name: 'Nachbargemeinde Rheinau',
};

/**
 * Two organisations with a manager, a supervisor and an admin each: the demo
 * organisation (A) and a neighbour (B). Tests open sessions straight in the
 * database, which is quicker than logging in and lets them make expired and
 * revoked ones.
 */
export interface TestWorld {
  storage: TestStorage;
  clock: TestClock;
  app: ReturnType<typeof createApp>;
  orgA: Record<Role, TestUser>;
  orgB: Record<Role, TestUser>;
  openSession(user: TestUser, options?: SessionOptions): Promise<OpenedSession>;
}

export interface SessionOptions {
  deviceId?: string;
  deviceName?: string;
  expired?: boolean;
  revoked?: boolean;
}

export interface OpenedSession {
  token: string;
  sessionId: string;
}

export async function createTestWorld(
  storage: TestStorage,
  options: Partial<AppOptions> = {},
): Promise<TestWorld> {
  const clock = createTestClock();
  await seedDemo(storage.db, CHEAP_COST);
  const orgA = byRole(DEMO_ACCOUNTS.map((a) => ({ ...a, orgId: DEMO_ORGANISATION.id })));
  const orgB = await seedOtherOrganisation(storage, clock.now());
  const app = createApp({
    storage,
    logger: silentLogger,
    passwordCost: CHEAP_COST,
    now: clock.now,
    ...options,
  });

  async function openSession(user: TestUser, o: SessionOptions = {}): Promise<OpenedSession> {
    const now = clock.now();
    const token = createSessionToken();
    const sessionId = createId(now.getTime());
    const day = 24 * 60 * 60 * 1000;
    await storage.db
      .insertInto('device_sessions')
      .values({
        id: sessionId,
        user_id: user.id,
        org_id: user.orgId,
        device_id: o.deviceId ?? `device-${sessionId.slice(-12)}`,
        device_name: o.deviceName ?? `Tablet of ${user.email}`,
        token_hash: hashSessionToken(token),
        created_at: new Date(now.getTime() - 2 * day).toISOString(),
        expires_at: new Date(now.getTime() + (o.expired ? -day : day)).toISOString(),
        last_seen_at: new Date(now.getTime() - day).toISOString(),
        revoked_at: o.revoked ? now.toISOString() : null,
        revoked_by: o.revoked ? user.id : null,
        ended_at: null,
      })
      .execute();
    return { token, sessionId };
  }

  return { storage, clock, app, orgA, orgB, openSession };
}

async function seedOtherOrganisation(
  storage: TestStorage,
  now: Date,
): Promise<Record<Role, TestUser>> {
  await storage.db
    .insertInto('organisations')
    .values({ ...OTHER_ORGANISATION, created_at: now.toISOString() })
    .execute();
  const roles: Role[] = ['manager', 'supervisor', 'admin'];
  const users = roles.map((role, i): TestUser => ({
    id: `0190b000-0000-7000-8000-00000000001${i + 1}`,
    orgId: OTHER_ORGANISATION.id,
    email: `${role}@rheinau.lotse.example`,
    password: `rheinau-${role}-passwort`,
    role,
  }));
  const hashes = await Promise.all(users.map((u) => hashPassword(u.password, CHEAP_COST)));
  await storage.db
    .insertInto('users')
    .values(
      users.map((u, i) => ({
        id: u.id,
        org_id: u.orgId,
        email: u.email,
        display_name: `Rheinau ${u.role}`,
        role: u.role,
        password_hash: hashes[i]!,
        created_at: now.toISOString(),
        disabled_at: null,
      })),
    )
    .execute();
  return byRole(users);
}

function byRole(users: readonly TestUser[]): Record<Role, TestUser> {
  const find = (role: Role) => users.find((u) => u.role === role)!;
  return { manager: find('manager'), supervisor: find('supervisor'), admin: find('admin') };
}
