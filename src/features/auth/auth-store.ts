import { create } from 'zustand';
import type { LoginResponse } from '@/core/index';

/** Why the login screen is shown instead of the unlock screen; each has its own text. */
export const LoginNotice = {
  /** An admin revoked this device: the person's data was deleted. */
  revoked: 'revoked',
  /** Five wrong PINs: the account's data on this device was deleted. */
  tooManyAttempts: 'tooManyAttempts',
  /** The person removed their account and data from this device in the settings. */
  removed: 'removed',
} as const;
export type LoginNotice = (typeof LoginNotice)[keyof typeof LoginNotice];

/** Why the server no longer takes the device session; the data stays, only syncing needs a login. */
export const SessionProblem = {
  expired: 'expired',
  /** Logged out, or the server does not know the token (any more). */
  signedOut: 'signedOut',
} as const;
export type SessionProblem = (typeof SessionProblem)[keyof typeof SessionProblem];

export type AuthScreen =
  | { name: 'starting' }
  | { name: 'login'; notice?: LoginNotice; noticeName?: string }
  /** Online login done; the new session waits in memory until a PIN protects it. */
  | { name: 'choosePin'; login: LoginResponse }
  /**
   * `userId` preselects an account. `pendingLogin`: a fresh login of a person
   * who already has data here; it is stored once their own PIN has opened it.
   */
  | { name: 'unlock'; userId?: string; pendingLogin?: LoginResponse }
  | { name: 'unlocked'; userId: string };

interface AuthState {
  screen: AuthScreen;
  sessionProblem: SessionProblem | undefined;
  show: (screen: AuthScreen) => void;
  setSessionProblem: (problem: SessionProblem | undefined) => void;
}

/** Which screen the device shows, as small UI state; accounts and records stay in IndexedDB. */
export const useAuthStore = create<AuthState>((set) => ({
  screen: { name: 'starting' },
  sessionProblem: undefined,
  show: (screen) => set({ screen, sessionProblem: undefined }),
  setSessionProblem: (sessionProblem) => set({ sessionProblem }),
}));

/** The person whose database is open, or undefined while locked. */
export function unlockedUserId(): string | undefined {
  const { screen } = useAuthStore.getState();
  return screen.name === 'unlocked' ? screen.userId : undefined;
}
