import { clientExportSchema, errorResponseSchema } from '@/core/index';
import { apiRequest, type ApiFailure, type ApiResult } from '@/sync/api-client';
import { useSessionStore } from '@/sync/session-store';
import { saveFile } from './save-file';

export const ExportFormat = { pdf: 'pdf', json: 'json' } as const;
export type ExportFormat = (typeof ExportFormat)[keyof typeof ExportFormat];

/** Rendering a long case history as PDF takes the server a while; a plain read would time out sooner. */
const EXPORT_TIMEOUT_MS = 60_000;

export function exportFileName(clientId: string, format: ExportFormat): string {
  return `lotse-auskunft-${clientId}.${format}`;
}

/**
 * Fetches a client's data (GDPR Art. 15) from the server and saves it as a
 * file. The server writes every export to its audit log. Answers the file's
 * name, or why nothing was saved.
 */
export async function downloadClientExport(
  clientId: string,
  format: ExportFormat,
): Promise<ApiResult<string>> {
  const path = `/v1/clients/${encodeURIComponent(clientId)}/export`;
  const file = format === ExportFormat.pdf ? await fetchPdf(`${path}.pdf`) : await fetchJson(path);
  if (!file.ok) return file;
  const fileName = exportFileName(clientId, format);
  saveFile(file.data, fileName);
  return { ok: true, data: fileName };
}

/**
 * Through apiRequest, so that the answer is checked against the schema and a
 * 401 reaches the app's session handling. Loose: a field the server adds
 * later still reaches the file instead of being stripped here.
 */
async function fetchJson(path: string): Promise<ApiResult<Blob>> {
  const answer = await apiRequest(path, clientExportSchema.loose(), {
    timeoutMs: EXPORT_TIMEOUT_MS,
  });
  if (!answer.ok) return answer;
  const json = JSON.stringify(answer.data, null, 2);
  return { ok: true, data: new Blob([json], { type: 'application/json' }) };
}

/** apiRequest reads JSON only; the PDF comes as bytes, with the same token and failure values. */
async function fetchPdf(path: string): Promise<ApiResult<Blob>> {
  const token = useSessionStore.getState().token;
  try {
    const response = await fetch(`/api${path}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, failure: await failureOf(response) };
    // Anything else (a proxy's HTML page, say) must not be saved under a .pdf name.
    if (!response.headers.get('Content-Type')?.startsWith('application/pdf'))
      return { ok: false, failure: { kind: 'invalidResponse', status: response.status } };
    return { ok: true, data: await response.blob() };
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, failure: { kind: timedOut ? 'timeout' : 'offline' } };
  }
}

async function failureOf(response: Response): Promise<ApiFailure> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = errorResponseSchema.safeParse(json);
  if (!parsed.success) return { kind: 'invalidResponse', status: response.status };
  const { code, message, details } = parsed.data.error;
  return { kind: 'error', status: response.status, code, message, details };
}
