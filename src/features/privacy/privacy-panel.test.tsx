import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Role, type SessionUser } from '@/core/index';
import { openCaseForNewClient } from '@/db/commands/open-case-for-new-client';
import { db } from '@/db/database';
import { requestSync } from '@/sync/sync-scheduler';
import { useSessionStore } from '@/sync/session-store';
import { renderWithI18n } from '../../../tests/setup/render-with-i18n';
import { PrivacyPanel } from './privacy-panel';

vi.mock('@/sync/sync-scheduler', () => ({ requestSync: vi.fn(() => Promise.resolve()) }));

const MANAGER: SessionUser = {
  id: 'u-mira',
  orgId: 'org-a',
  displayName: 'Mira Muster',
  email: 'mira@demo.lotse.example',
  role: Role.manager,
};
const SUPERVISOR: SessionUser = {
  ...MANAGER,
  id: 'u-sven',
  displayName: 'Sven',
  role: 'supervisor',
};
const TOKEN = 'token-of-the-device-session';

const EXPORT = 'Auskunft (Art. 15 DSGVO)';
const ERASURE = 'Löschung auf Antrag (Art. 17 DSGVO)';

type Answer = (url: string, init: RequestInit) => Promise<Response>;

function serve(answer: Answer) {
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function failure(status: number, code: string): Promise<Response> {
  return Promise.resolve(
    new Response(JSON.stringify({ error: { code, message: code } }), {
      status,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}

/** What the browser was asked to download: the file name and the bytes behind the object URL. */
function watchDownloads() {
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.stubGlobal('URL', {
    ...URL,
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${++n}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => blobs.delete(url),
  });
  const downloads: { fileName: string; blob: Blob | undefined }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ fileName: this.download, blob: blobs.get(this.getAttribute('href')!) });
  });
  return downloads;
}

describe('the privacy panel of a case', () => {
  let caseId: string;
  let clientId: string;

  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    const opened = await openCaseForNewClient(
      { firstName: 'Amal', lastName: 'Haddad', preferredLanguage: 'ar' },
      '2026-01-10',
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    ({ caseId, clientId } = opened.id);
    vi.mocked(requestSync).mockClear();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    useSessionStore.getState().locked();
  });

  /** The erasure button once the client has loaded: until then it is disabled. */
  async function erasureButtonOnceLoaded(erasure: HTMLElement) {
    const button = await within(erasure).findByRole('button', {
      name: 'Daten dieser Person löschen …',
    });
    await waitFor(() => expect(button).toBeEnabled());
    return button;
  }

  async function renderPanel(user: SessionUser) {
    useSessionStore.getState().unlocked(user, TOKEN);
    await renderWithI18n(<PrivacyPanel caseId={caseId} clientId={clientId} />);
    return screen.findByRole('region', { name: 'Datenschutz' });
  }

  it('offers the export to a manager, but not the erasure', async () => {
    const panel = await renderPanel(MANAGER);
    const access = within(panel).getByRole('region', { name: EXPORT });
    expect(within(access).getByRole('button', { name: 'Als PDF herunterladen' })).toBeEnabled();
    expect(within(access).getByRole('button', { name: 'Als JSON herunterladen' })).toBeEnabled();
    expect(access).toHaveTextContent('Der Abruf wird protokolliert.');
    expect(within(panel).queryByRole('region', { name: ERASURE })).not.toBeInTheDocument();
  });

  it('offers the erasure to a supervisor', async () => {
    const panel = await renderPanel(SUPERVISOR);
    const erasure = within(panel).getByRole('region', { name: ERASURE });
    expect(await erasureButtonOnceLoaded(erasure)).toBeEnabled();
  });

  it('says it is offline and disables every button', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const panel = await renderPanel(SUPERVISOR);
    expect(panel).toHaveTextContent('Offline: Auskunft und Löschung brauchen eine Verbindung');
    await within(panel).findByRole('button', { name: 'Daten dieser Person löschen …' });
    for (const button of within(panel).getAllByRole('button')) expect(button).toBeDisabled();
  });

  it('downloads the PDF with the session token and saves it under its file name', async () => {
    const downloads = watchDownloads();
    const fetch = serve(() =>
      Promise.resolve(
        new Response('%PDF-1.7 Auskunft', { headers: { 'Content-Type': 'application/pdf' } }),
      ),
    );
    const panel = await renderPanel(MANAGER);
    await userEvent.click(within(panel).getByRole('button', { name: 'Als PDF herunterladen' }));

    expect(
      await within(panel).findByText(`Gespeichert als lotse-auskunft-${clientId}.pdf.`),
    ).toBeInTheDocument();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(`/api/v1/clients/${clientId}/export.pdf`);
    expect(init.headers).toEqual({ Authorization: `Bearer ${TOKEN}` });
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.fileName).toBe(`lotse-auskunft-${clientId}.pdf`);
    expect(await downloads[0]!.blob!.text()).toBe('%PDF-1.7 Auskunft');
  });

  it('saves the JSON export as the server sent it', async () => {
    const downloads = watchDownloads();
    const body = {
      exportedAt: '2026-11-24T09:00:00.000Z',
      organisation: 'Demo-Träger',
      clientId,
      caseId,
      records: { clients: [{ id: clientId, lastName: 'Haddad' }] },
    };
    const fetch = serve(() => Promise.resolve(new Response(JSON.stringify(body))));
    const panel = await renderPanel(MANAGER);
    await userEvent.click(within(panel).getByRole('button', { name: 'Als JSON herunterladen' }));

    await within(panel).findByText(`Gespeichert als lotse-auskunft-${clientId}.json.`);
    expect(fetch.mock.calls[0]![0]).toBe(`/api/v1/clients/${clientId}/export`);
    expect(downloads.map((d) => d.fileName)).toEqual([`lotse-auskunft-${clientId}.json`]);
    expect(JSON.parse(await downloads[0]!.blob!.text())).toEqual(body);
  });

  it('says why an export failed, and saves nothing', async () => {
    const downloads = watchDownloads();
    let answer: Answer = () => failure(403, 'forbidden');
    serve((url, init) => answer(url, init));
    const panel = await renderPanel(MANAGER);
    const pdf = within(panel).getByRole('button', { name: 'Als PDF herunterladen' });
    const json = within(panel).getByRole('button', { name: 'Als JSON herunterladen' });

    await userEvent.click(pdf);
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Dafür fehlt Ihnen die Berechtigung.',
    );
    await userEvent.click(json);
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Dafür fehlt Ihnen die Berechtigung.',
    );

    answer = () => failure(404, 'not_found');
    await userEvent.click(pdf);
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Diese Person ist auf dem Server nicht (mehr) vorhanden',
    );

    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    await userEvent.click(pdf);
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Keine Verbindung zum Server.',
    );

    answer = () => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError'));
    await userEvent.click(json);
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Der Server hat nicht rechtzeitig geantwortet.',
    );

    // A page that is not a PDF (a proxy's error page, say) is not saved as one.
    answer = () =>
      Promise.resolve(new Response('<html></html>', { headers: { 'Content-Type': 'text/html' } }));
    await userEvent.click(pdf);
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Der Server hat unerwartet geantwortet.',
    );
    expect(downloads).toEqual([]);
  });

  describe('erasure', () => {
    async function openErasure() {
      const panel = await renderPanel(SUPERVISOR);
      const erasure = within(panel).getByRole('region', { name: ERASURE });
      await userEvent.click(await erasureButtonOnceLoaded(erasure));
      const dialog = within(erasure).getByRole('alertdialog', {
        name: 'Alle Daten dieser Person endgültig löschen?',
      });
      return { erasure, dialog: within(dialog), element: dialog };
    }

    async function fillIn(
      dialog: ReturnType<typeof within>,
      values: { reference: string; lastName: string },
    ) {
      const reference = dialog.getByLabelText('Aktenzeichen des Antrags');
      const lastName = dialog.getByLabelText('Nachname der Person zur Bestätigung');
      for (const [field, value] of [
        [reference, values.reference],
        [lastName, values.lastName],
      ] as const) {
        await userEvent.clear(field);
        if (value) await userEvent.paste(value);
      }
      await userEvent.click(dialog.getByRole('button', { name: 'Endgültig löschen' }));
    }

    it('explains that it cannot be undone, and sends nothing without reference and name', async () => {
      const fetch = serve(() => failure(500, 'internal_error'));
      const { dialog, element } = await openErasure();
      expect(element).toHaveTextContent(
        'Alle Daten dieser Person werden auf dem Server und auf allen Geräten endgültig gelöscht',
      );
      expect(element).toHaveTextContent('Das lässt sich nicht rückgängig machen.');
      expect(dialog.getByText('Geben Sie „Haddad“ ein.')).toBeInTheDocument();

      await fillIn(dialog, { reference: '', lastName: '' });
      expect(dialog.getByText('Bitte ausfüllen.')).toBeInTheDocument();
      expect(
        dialog.getByText('Bitte geben Sie zur Bestätigung den Nachnamen der Person ein.'),
      ).toBeInTheDocument();

      await fillIn(dialog, { reference: 'DS-2026-017', lastName: 'Hadad' });
      expect(
        dialog.getByText('Der Nachname stimmt nicht mit dem dieser Person überein.'),
      ).toBeInTheDocument();

      await fillIn(dialog, { reference: 'x'.repeat(201), lastName: 'Haddad' });
      expect(dialog.getByText('Höchstens 200 Zeichen.')).toBeInTheDocument();

      await fillIn(dialog, { reference: '   ', lastName: 'Haddad' });
      expect(dialog.getByText('Bitte ausfüllen.')).toBeInTheDocument();
      expect(fetch).not.toHaveBeenCalled();
    });

    it('erases with the reference, says how many records, and starts a sync', async () => {
      const fetch = serve((url, init) =>
        url === `/api/v1/clients/${clientId}/erasure` && init.method === 'POST'
          ? Promise.resolve(new Response(JSON.stringify({ erased: 12 })))
          : failure(404, 'not_found'),
      );
      const { erasure, dialog } = await openErasure();
      await fillIn(dialog, { reference: ' DS-2026-017 ', lastName: ' haddad' });

      expect(await within(erasure).findByRole('status')).toHaveTextContent(
        '12 Datensätze wurden auf dem Server gelöscht. Die Geräte entfernen sie bei ihrer nächsten Synchronisierung.',
      );
      expect(fetch).toHaveBeenCalledTimes(1);
      const init = fetch.mock.calls[0]![1];
      expect(JSON.parse(init.body as string)).toEqual({ reference: 'DS-2026-017' });
      expect(init.headers).toMatchObject({ Authorization: `Bearer ${TOKEN}` });
      expect(within(erasure).queryByRole('alertdialog')).not.toBeInTheDocument();
      await waitFor(() => expect(requestSync).toHaveBeenCalledTimes(1));
    });

    it('says why the server did not erase, and keeps the dialog open', async () => {
      serve(() => failure(403, 'forbidden'));
      const { dialog } = await openErasure();
      await fillIn(dialog, { reference: 'DS-2026-017', lastName: 'Haddad' });
      expect(await dialog.findByRole('alert')).toHaveTextContent(
        'Dafür fehlt Ihnen die Berechtigung.',
      );
      expect(requestSync).not.toHaveBeenCalled();
    });
  });
});
