import { vi } from 'vitest';
import {
  Role,
  type AdminDevice,
  type AdminUser,
  type AuditEntry,
  type CaseAssignment,
  type ErrorCode,
  type SessionUser,
} from '@/core/index';
import { useSessionStore } from '@/sync/session-store';

export const ORG = 'org-a';

export const ADA: AdminUser = {
  id: 'u-admin',
  email: 'ada@demo.lotse.example',
  displayName: 'Ada Probst',
  role: Role.admin,
  createdAt: '2026-01-05T09:00:00.000Z',
  disabledAt: null,
};
export const MIRA: AdminUser = {
  id: 'u-mira',
  email: 'mira@demo.lotse.example',
  displayName: 'Mira Muster',
  role: Role.manager,
  createdAt: '2026-01-06T09:00:00.000Z',
  disabledAt: null,
};
export const SVEN: AdminUser = {
  id: 'u-sven',
  email: 'sven@demo.lotse.example',
  displayName: 'Sven Koordinator',
  role: Role.supervisor,
  createdAt: '2026-01-06T09:00:00.000Z',
  disabledAt: null,
};
export const OTTO: AdminUser = {
  id: 'u-otto',
  email: 'otto@demo.lotse.example',
  displayName: 'Otto Alt',
  role: Role.manager,
  createdAt: '2026-01-07T09:00:00.000Z',
  disabledAt: '2026-06-01T12:00:00.000Z',
};
export const USERS = [ADA, MIRA, SVEN, OTTO];

export function device(overrides: Partial<AdminDevice> = {}): AdminDevice {
  return {
    sessionId: 'sess-1',
    deviceId: 'tablet-buero-2',
    deviceName: 'Tablet Büro 2',
    user: { id: MIRA.id, displayName: MIRA.displayName, email: MIRA.email, role: MIRA.role },
    createdAt: '2026-11-01T08:00:00.000Z',
    lastSeenAt: '2026-11-23T12:30:00.000Z',
    expiresAt: '2026-12-23T12:30:00.000Z',
    revokedAt: null,
    revokedBy: null,
    endedAt: null,
    status: 'active',
    ...overrides,
  };
}

export function assignment(caseId: string, userId: string, assignedAt: string): CaseAssignment {
  return { caseId, userId, assignedAt, assignedBy: ADA.id };
}

export function auditEntry(seq: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq,
    at: '2026-11-23T12:00:00.000Z',
    actor: { id: ADA.id, displayName: ADA.displayName },
    sessionId: 'sess-admin',
    action: 'users.read',
    targetType: 'organisation',
    targetId: ORG,
    details: {},
    ...overrides,
  };
}

/** Signs a user in as the login flow does: the API client reads the token from the store. */
export function signIn(user: AdminUser = ADA) {
  const sessionUser: SessionUser = {
    id: user.id,
    orgId: ORG,
    displayName: user.displayName,
    email: user.email,
    role: user.role,
  };
  useSessionStore.getState().unlocked(sessionUser, 'token');
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function failure(status: number, code: ErrorCode): Response {
  return json(status, { error: { code, message: `refused: ${code}` } });
}

export interface ApiCall {
  method: string;
  /** The path after `/api`, with its query. */
  path: string;
  body: unknown;
  authorization: string | null;
}

/**
 * Stands in for the sync server: `answer` gets each request and returns the
 * response (or throws, like fetch without a network). Unknown routes answer 404.
 */
export function stubServer(answer: (call: ApiCall) => Response | undefined) {
  const calls: ApiCall[] = [];
  const fetchMock = vi.fn((input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://lotse.test');
    const call: ApiCall = {
      method: init.method ?? 'GET',
      path: `${url.pathname.replace(/^\/api/, '')}${url.search}`,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      authorization: new Headers(init.headers).get('Authorization'),
    };
    calls.push(call);
    try {
      return Promise.resolve(answer(call) ?? failure(404, 'not_found'));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/** What fetch does without a network. */
export function offline(): never {
  throw new TypeError('Failed to fetch');
}
