import type { SessionInfo, SessionUser } from '@/core/index';
import { db } from './database';

/**
 * The device session as the login answered it, kept in the person's own
 * database: localSettings is encrypted like every other table there, so the
 * bearer token never lies in plain storage. No token after logging out.
 */
export interface StoredSession {
  user: SessionUser;
  token?: string;
  session?: SessionInfo;
}

// Not a SettingKey of local-settings.ts on purpose: only this module reads or writes it.
const SESSION_KEY = 'deviceSession';

export async function readStoredSession(): Promise<StoredSession | undefined> {
  return (await db.localSettings.get(SESSION_KEY))?.value as StoredSession | undefined;
}

export async function writeStoredSession(session: StoredSession): Promise<void> {
  await db.localSettings.put({ key: SESSION_KEY, value: session });
}

/** After logging out: the token is dead on the server, and forgotten here. */
export async function forgetStoredToken(): Promise<void> {
  const stored = await readStoredSession();
  if (stored) await writeStoredSession({ user: stored.user });
}
