import type { Kysely, Selectable } from 'kysely';
import type { ServerDatabase, UserTable } from '../db/schema';

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
