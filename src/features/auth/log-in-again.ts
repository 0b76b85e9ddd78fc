import { z } from 'zod';
import { loginResponseSchema, type SessionUser } from '@/core/index';
import { updateDeviceAccount } from '@/db/device/device-accounts';
import { deviceId, deviceName } from '@/db/device/device-settings';
import { writeStoredSession } from '@/db/stored-session';
import { apiRequest, type ApiFailure } from '@/sync/api-client';
import { useSessionStore } from '@/sync/session-store';
import { unlockedUserId, useAuthStore } from './auth-store';

export type ReloginOutcome = { ok: true } | { ok: false; failure: ApiFailure | 'otherAccount' };

/**
 * A new device session for the person who is working (after it expired or
 * they logged out), without locking: their data and PIN stay as they are;
 * only the token in their encrypted database is replaced.
 */
export async function logInAgain(user: SessionUser, password: string): Promise<ReloginOutcome> {
  const body = {
    email: user.email,
    password,
    deviceId: await deviceId(),
    deviceName: await deviceName(),
  };
  const answer = await apiRequest('/v1/auth/login', loginResponseSchema, { body, token: '' });
  if (!answer.ok) return answer;
  const { token, session, user: fresh } = answer.data;
  if (fresh.id !== user.id || unlockedUserId() !== user.id) {
    // Someone else's session must not live on in this person's database: end it.
    void apiRequest('/v1/auth/logout', z.null(), { method: 'POST', token });
    return { ok: false, failure: 'otherAccount' };
  }
  await writeStoredSession({ user: fresh, token, session });
  const { displayName, email, role } = fresh;
  await updateDeviceAccount(user.id, { displayName, email, role });
  useSessionStore.getState().unlocked(fresh, token);
  useAuthStore.getState().setSessionProblem(undefined);
  return { ok: true };
}
