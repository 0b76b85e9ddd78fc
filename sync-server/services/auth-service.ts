import type { Kysely } from 'kysely';
import type { LoginRequest, LoginResponse } from '../../src/core/index';
import { verifyPassword } from '../auth/password';
import type { ServerDatabase } from '../db/schema';
import { findUserByEmail } from '../repositories/user-repository';

// Checked against when the e-mail is unknown, so that a wrong address costs as long as a wrong password
// and the answer time does not tell which accounts exist.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function checkCredentials(
  db: Kysely<ServerDatabase>,
  request: LoginRequest,
): Promise<LoginResponse['user'] | undefined> {
  const user = await findUserByEmail(db, request.email);
  const matches = await verifyPassword(request.password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !matches || user.disabled_at) return undefined;
  return {
    id: user.id,
    orgId: user.org_id,
    displayName: user.display_name,
    email: user.email,
    role: user.role,
  };
}
