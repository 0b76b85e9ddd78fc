import { loginResponseSchema, type LoginRequest } from '@/core/index';
import { readDeviceAccount } from '@/db/device/device-accounts';
import { deviceId, saveDeviceName } from '@/db/device/device-settings';
import { apiRequest, type ApiFailure } from '@/sync/api-client';
import { useAuthStore } from './auth-store';

export type LoginOutcome = { ok: true } | { ok: false; failure: ApiFailure };

/**
 * The online login of a person on this device. A newcomer chooses a PIN next;
 * someone who already has data here unlocks it with their PIN, and the new
 * session is stored then (a new PIN would make a new key, which cannot open
 * their existing data).
 */
export async function logIn(
  credentials: Pick<LoginRequest, 'email' | 'password' | 'deviceName'>,
): Promise<LoginOutcome> {
  const body: LoginRequest = { ...credentials, deviceId: await deviceId() };
  // No token: whoever worked before is locked, and a login never speaks for them.
  const answer = await apiRequest('/v1/auth/login', loginResponseSchema, { body, token: '' });
  if (!answer.ok) return answer;
  await saveDeviceName(credentials.deviceName);
  const login = answer.data;
  const known = await readDeviceAccount(login.user.id);
  useAuthStore
    .getState()
    .show(
      known
        ? { name: 'unlock', userId: login.user.id, pendingLogin: login }
        : { name: 'choosePin', login },
    );
  return { ok: true };
}
