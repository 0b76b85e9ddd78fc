import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ServerDatabase, UserTable } from '../db/schema';
import type { Role } from '../../src/core/index';

export type UserRow = Selectable<UserTable>;

export function findUserByEmail(
  db: Kysely<ServerDatabase>,
  email: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

/** A user of that organisation only: another organisation's user is as absent as an unknown id. */
export function findUserInOrg(
  db: Kysely<ServerDatabase>,
  orgId: string,
  userId: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function listUsersOfOrg(db: Kysely<ServerDatabase>, orgId: string): Promise<UserRow[]> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
}

export async function insertUser(
  db: Kysely<ServerDatabase>,
  user: Insertable<UserTable>,
): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export async function updateUser(
  db: Kysely<ServerDatabase>,
  userId: string,
  changes: Updateable<UserTable>,
): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', userId).execute();
}

/** Active users of a role in an organisation, leaving one user out. */
export async function countActiveUsersWithRole(
  db: Kysely<ServerDatabase>,
  orgId: string,
  role: Role,
  exceptUserId: string,
): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('org_id', '=', orgId)
    .where('role', '=', role)
    .where('disabled_at', 'is', null)
    .where('id', '!=', exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface TeamRow extends UserRow {
  assigned_cases: number;
}

/** The organisation's users with the number of cases assigned to each. */
export async function listTeamOfOrg(db: Kysely<ServerDatabase>, orgId: string): Promise<TeamRow[]> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('case_assignments', 'case_assignments.user_id', 'users.id')
    .selectAll('users')
    .select((eb) => eb.fn.count('case_assignments.case_id').as('assigned_cases'))
    .where('users.org_id', '=', orgId)
    .groupBy('users.id')
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  return rows.map((row) => ({ ...row, assigned_cases: Number(row.assigned_cases) }));
}
