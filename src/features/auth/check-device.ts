import { ErrorCode, meResponseSchema } from '@/core/index';
import { updateDeviceAccount } from '@/db/device/device-accounts';
import { readStoredSession, writeStoredSession } from '@/db/stored-session';
import { apiRequest } from '@/sync/api-client';
import { useSessionStore } from '@/sync/session-store';
import { LoginNotice, SessionProblem, unlockedUserId, useAuthStore } from './auth-store';
import { wipeAccount } from './wipe-account';

let running: Promise<void> | undefined;

function ignoreLocked(error: unknown): undefined {
  if (error instanceof Error && error.name === 'DatabaseClosedError') return undefined;
  throw error;
}

/** Whether a device check is waiting for the server; its own 401 answers are handled by it. */
export function isCheckingDevice(): boolean {
  return running !== undefined;
}

/**
 * The device's contact with the server (GET /api/v1/me with the open person's
 * token): a revoked device deletes that person's data at once; an expired or
 * ended session keeps the data and asks for a new online login; a network
 * error or a server failure changes nothing. One check at a time.
 */
export function checkDevice(): Promise<void> {
  running ??= check().finally(() => (running = undefined));
  return running;
}

async function check(): Promise<void> {
  const userId = unlockedUserId();
  const { token } = useSessionStore.getState();
  if (!userId) return;
  const { setSessionProblem } = useAuthStore.getState();
  if (!token) return setSessionProblem(SessionProblem.signedOut);
  if (!navigator.onLine) return;
  const answer = await apiRequest('/v1/me', meResponseSchema, { token });
  // The answer speaks about `userId`'s session, whoever is working now.
  const stillOpen = () => unlockedUserId() === userId;
  if (answer.ok) {
    const { user } = answer.data;
    if (user.id !== userId) return;
    const { displayName, email, role } = user;
    await updateDeviceAccount(userId, { displayName, email, role });
    if (!stillOpen()) return;
    // The person may lock while this runs; their database then refuses, and nothing is lost.
    const stored = await readStoredSession().catch(ignoreLocked);
    if (stored)
      await writeStoredSession({ ...stored, user, session: answer.data.session }).catch(
        ignoreLocked,
      );
    if (!stillOpen()) return;
    useSessionStore.getState().unlocked(user, token);
    setSessionProblem(undefined);
    return;
  }
  const { failure } = answer;
  if (failure.kind !== 'error') return;
  if (failure.code === ErrorCode.deviceRevoked) return wipeAccount(userId, LoginNotice.revoked);
  if (!stillOpen()) return;
  if (failure.code === ErrorCode.sessionExpired) setSessionProblem(SessionProblem.expired);
  if (failure.code === ErrorCode.unauthenticated) setSessionProblem(SessionProblem.signedOut);
}
