import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { vi } from 'vitest';
import type { LoginResponse, SessionUser } from '@/core/index';
import { createKeyring } from '@/db/crypto/index';
import { saveDeviceAccount } from '@/db/device/device-accounts';
import { deviceDb } from '@/db/device/device-database';
import { openUserDatabase } from '@/db/open-user-database';
import { writeStoredSession } from '@/db/stored-session';
import { closeUserDatabase } from '@/db/user-database';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { AuthGate } from './auth-gate';
import { useAuthStore } from './auth-store';

export const PIN = '482915';
export const WRONG_PIN = '902716';

export const MIRA: SessionUser = {
  id: 'user-mira',
  orgId: 'org-1',
  displayName: 'Mira Muster',
  email: 'mira@demo.lotse.example',
  role: 'manager',
};
export const SVEN: SessionUser = {
  id: 'user-sven',
  orgId: 'org-1',
  displayName: 'Sven Beispiel',
  email: 'sven@demo.lotse.example',
  role: 'supervisor',
};

export function tokenOf(user: SessionUser, n = 1): string {
  return `token-${user.id}-${n}`.padEnd(48, 'x');
}

export function loginAnswer(user: SessionUser, n = 1): LoginResponse {
  const at = '2026-11-24T08:00:00.000Z';
  return {
    token: tokenOf(user, n),
    user,
    session: {
      id: `session-${user.id}-${n}`,
      deviceId: 'device-1234',
      deviceName: 'Tablet',
      createdAt: at,
      expiresAt: at,
      lastSeenAt: at,
    },
  };
}

interface Answer {
  status: number;
  body?: unknown;
}
type Route = (request: { body: unknown; token: string | undefined }) => Answer | 'offline';

export function failure(status: number, code: string): Answer {
  return { status, body: { error: { code, message: code } } };
}

/**
 * Stands in for the sync server: `routes` maps "METHOD /api/path" to an
 * answer. Unknown routes answer 404; every call is recorded.
 */
export function stubServer(routes: Record<string, Route>) {
  const calls: { route: string; body: unknown; token: string | undefined }[] = [];
  const fetch = vi.fn((url: string, init: RequestInit = {}) => {
    const route = `${init.method ?? 'GET'} ${url}`;
    const header = (init.headers as Record<string, string> | undefined)?.Authorization;
    const token = header?.replace('Bearer ', '');
    const body: unknown = init.body ? JSON.parse(init.body as string) : undefined;
    calls.push({ route, body, token });
    const answer = routes[route]?.({ body, token }) ?? failure(404, 'not_found');
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(
      answer.status === 204
        ? new Response(null, { status: 204 })
        : new Response(JSON.stringify(answer.body), { status: answer.status }),
    );
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

/** A `/api/v1/me` route that accepts the given person's tokens. */
export function meAnswers(user: SessionUser): Route {
  return ({ token }) =>
    token?.startsWith(`token-${user.id}`)
      ? { status: 200, body: { user, session: loginAnswer(user).session } }
      : failure(401, 'unauthenticated');
}

/** A fresh device: no accounts, no databases, nothing in memory. */
export async function resetDevice(): Promise<void> {
  await closeUserDatabase();
  await Promise.all(deviceDb.tables.map((t) => t.clear()));
  for (const name of await Dexie.getDatabaseNames())
    if (name !== deviceDb.name) await Dexie.delete(name);
  useAuthStore.setState({ screen: { name: 'starting' }, sessionProblem: undefined });
  useSessionStore.getState().locked();
}

/**
 * A person set up on this device earlier, as after their PIN setup (few
 * PBKDF2 iterations, to keep tests fast), then locked. `prepare` runs with
 * their database open, e.g. to store records.
 */
export async function personOnDevice(
  user: SessionUser,
  prepare: () => Promise<unknown> = () => Promise.resolve(),
  addedAt = '2026-11-01T08:00:00.000Z',
): Promise<void> {
  const { keyring, dataKey } = await createKeyring(PIN, { iterations: 1000 });
  await saveDeviceAccount({
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    orgId: user.orgId,
    keyring,
    failedAttempts: 0,
    addedAt,
  });
  await openUserDatabase(user.id, dataKey);
  await writeStoredSession({ user, token: tokenOf(user) });
  await prepare();
  await closeUserDatabase();
}

export const APP_CONTENT = 'Inhalt der App';

/** The gate around a stand-in for the app, as app.tsx has it. */
export function renderGate(language = 'de') {
  return renderWithI18n(
    <AuthGate>
      <p>{APP_CONTENT}</p>
    </AuthGate>,
    language,
  );
}

/** On the unlock screen: types a PIN and submits it. */
export async function enterPin(pin: string) {
  const field = await screen.findByLabelText('PIN oder Passwort');
  await userEvent.clear(field);
  if (pin) await userEvent.type(field, pin);
  await userEvent.click(screen.getByRole('button', { name: 'Entsperren' }));
}

/** Unlocks with the right PIN and waits for the app. */
export async function unlockWithPin() {
  await enterPin(PIN);
  await screen.findByText(APP_CONTENT);
}

/** Lets pending IndexedDB work and React updates settle. */
export async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}
