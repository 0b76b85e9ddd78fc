import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '@/core/index';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import AdminPage from './admin-page';
import { ADA, auditEntry, json, signIn, stubServer } from './admin-test-support';
import { auditActionText } from './audit-text';

const NEWEST: AuditEntry[] = [
  auditEntry(103, { at: '2026-11-23T12:05:00.000Z', action: 'audit.read' }),
  auditEntry(102, {
    at: '2026-11-23T12:04:00.000Z',
    action: 'device.revoked',
    targetType: 'session',
    targetId: 'sess-lost',
    details: { userId: 'u-mira', deviceName: 'Tablet GU Nord' },
  }),
];
const OLDER: AuditEntry[] = [
  auditEntry(101, {
    at: '2026-11-20T08:00:00.000Z',
    actor: null,
    sessionId: null,
    action: 'auth.login_failed',
    targetType: 'user',
    targetId: null,
    details: { email: 'wer@example.org', reason: 'unknown_email', ip: '10.0.0.7' },
  }),
];

function rows() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1);
}

describe('admin: audit log', () => {
  beforeEach(() => signIn(ADA));
  afterEach(() => {
    vi.unstubAllGlobals();
    useSessionStore.getState().locked();
  });

  it('shows the newest entries first and loads older ones with before', async () => {
    const { calls } = stubServer((call) => {
      if (call.path === '/v1/admin/audit?limit=50')
        return json(200, { entries: NEWEST, nextBefore: 102 });
      if (call.path === '/v1/admin/audit?limit=50&before=102')
        return json(200, { entries: OLDER, nextBefore: null });
    });
    await renderWithI18n(<AdminPage />);
    await userEvent.click(screen.getByRole('tab', { name: 'Protokoll' }));
    await screen.findByRole('table');

    expect(rows().map((r) => within(r).getAllByRole('cell')[2]!.textContent)).toEqual([
      'Protokoll abgerufen',
      'Gerät gesperrt',
    ]);
    expect(rows()[0]).toHaveTextContent(
      /^23\.11\.2026 \d\d:05:00Ada ProbstProtokoll abgerufenOrganisation$/,
    );
    expect(rows()[1]).toHaveTextContent('Gerät: Tablet GU Nord');

    await userEvent.click(screen.getByRole('button', { name: 'Ältere laden' }));
    expect(await screen.findByText('Keine älteren Einträge.')).toBeInTheDocument();
    expect(rows()).toHaveLength(3);
    expect(rows()[2]).toHaveTextContent('UnbekanntAnmeldung fehlgeschlagen');
    expect(rows()[2]).toHaveTextContent(
      'Konto: wer@example.org unbekannte E-Mail-Adresse · IP-Adresse 10.0.0.7',
    );
    expect(screen.queryByRole('button', { name: 'Ältere laden' })).toBeNull();
    expect(calls.map((c) => c.path).filter((p) => p.includes('audit'))).toEqual([
      '/v1/admin/audit?limit=50',
      '/v1/admin/audit?limit=50&before=102',
    ]);
  });

  it('shows an action code it has no text for as it is', () => {
    const t = i18next.getFixedT('de');
    expect(auditActionText(t, 'case.assigned')).toBe('Fall zugewiesen');
    expect(auditActionText(t, 'export.created')).toBe('export.created');
  });
});
