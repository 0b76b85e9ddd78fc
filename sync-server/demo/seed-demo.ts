import type { Kysely } from 'kysely';
import { DEFAULT_PASSWORD_COST, hashPassword, type PasswordCost } from '../auth/password';
import type { ServerDatabase } from '../db/schema';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION } from './demo-accounts';

/**
 * Creates the demo organisation and accounts unless they exist; returns whether it created them.
 * The accounts log in like any other (`POST /api/v1/auth/login` with a device id and name).
 * Its case records come from seed-demo-records.ts.
 */
export async function seedDemo(
  db: Kysely<ServerDatabase>,
  cost: PasswordCost = DEFAULT_PASSWORD_COST,
): Promise<boolean> {
  const existing = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', DEMO_ORGANISATION.id)
    .executeTakeFirst();
  if (existing) return false;

  const now = new Date().toISOString();
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password, cost)));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisations')
      .values({ id: DEMO_ORGANISATION.id, name: DEMO_ORGANISATION.name, created_at: now })
      .execute();
    await trx
      .insertInto('users')
      .values(
        DEMO_ACCOUNTS.map((account, i) => ({
          id: account.id,
          org_id: DEMO_ORGANISATION.id,
          email: account.email,
          display_name: account.displayName,
          role: account.role,
          password_hash: hashes[i]!,
          created_at: now,
          disabled_at: null,
        })),
      )
      .execute();
  });
  return true;
}
