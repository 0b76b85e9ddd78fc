import type { Insertable, Kysely, Selectable } from 'kysely';
import type { DeviceSessionTable, ServerDatabase } from '../db/schema';
import type { Role } from '../../src/core/index';

export type SessionRow = Selectable<DeviceSessionTable>;

export interface SessionWithUser extends SessionRow {
  email: string;
  display_name: string;
  role: Role;
  user_disabled_at: string | null;
}

function withUser(db: Kysely<ServerDatabase>) {
  return db
    .selectFrom('device_sessions')
    .innerJoin('users', 'users.id', 'device_sessions.user_id')
    .selectAll('device_sessions')
    .select([
      'users.email',
      'users.display_name',
      'users.role',
      'users.disabled_at as user_disabled_at',
    ]);
}

export function findSessionByTokenHash(
  db: Kysely<ServerDatabase>,
  tokenHash: string,
): Promise<SessionWithUser | undefined> {
  return withUser(db).where('device_sessions.token_hash', '=', tokenHash).executeTakeFirst();
}

/** A session of that organisation only: another organisation's is as absent as an unknown id. */
export function findSessionInOrg(
  db: Kysely<ServerDatabase>,
  orgId: string,
  sessionId: string,
): Promise<SessionWithUser | undefined> {
  return withUser(db)
    .where('device_sessions.org_id', '=', orgId)
    .where('device_sessions.id', '=', sessionId)
    .executeTakeFirst();
}

export function listSessionsOfOrg(
  db: Kysely<ServerDatabase>,
  orgId: string,
): Promise<SessionWithUser[]> {
  return withUser(db)
    .where('device_sessions.org_id', '=', orgId)
    .orderBy('device_sessions.created_at', 'desc')
    .orderBy('device_sessions.id', 'desc')
    .execute();
}

export async function insertSession(
  db: Kysely<ServerDatabase>,
  session: Insertable<DeviceSessionTable>,
): Promise<void> {
  await db.insertInto('device_sessions').values(session).execute();
}

/** Records a contact and slides the expiry forward. */
export async function touchSession(
  db: Kysely<ServerDatabase>,
  sessionId: string,
  lastSeenAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .updateTable('device_sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', sessionId)
    .execute();
}

export async function endSession(
  db: Kysely<ServerDatabase>,
  sessionId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('device_sessions')
    .set({ ended_at: at })
    .where('id', '=', sessionId)
    .where('ended_at', 'is', null)
    .execute();
}

/** Ends the user's earlier sessions on this device: one device, one live session per user. */
export async function endSessionsOfDevice(
  db: Kysely<ServerDatabase>,
  userId: string,
  deviceId: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('device_sessions')
    .set({ ended_at: at })
    .where('user_id', '=', userId)
    .where('device_id', '=', deviceId)
    .where('ended_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Revokes the sessions given; answers the ids it revoked now (not those revoked before). */
export async function revokeSessions(
  db: Kysely<ServerDatabase>,
  where: { sessionId: string } | { userId: string },
  at: string,
  revokedBy: string,
): Promise<string[]> {
  const rows = await db
    .updateTable('device_sessions')
    .set({ revoked_at: at, revoked_by: revokedBy })
    .where((eb) =>
      'sessionId' in where ? eb('id', '=', where.sessionId) : eb('user_id', '=', where.userId),
    )
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}
