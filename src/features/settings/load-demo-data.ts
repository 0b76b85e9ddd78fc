import { demoRecordsResponseSchema, RECORD_SCHEMAS, rowFromFields } from '@/core/index';
import { importRows } from '@/db/import-rows';
import { readSetting, SettingKey, writeSetting } from '@/db/local-settings';

export const DEMO_CLIENTS = 150;

export type DemoLoadResult =
  | { ok: true; clients: number; records: number }
  | { ok: false; reason: 'offline' | 'unavailable' | 'invalid' | 'server' };

/**
 * Fetches the demo organisation's synthetic caseload from the server and
 * stores it on the device. Every record is checked against its schema first;
 * if one is invalid nothing is stored. Loading twice is harmless: the records
 * keep their ids.
 */
export async function loadDemoData(fetchImpl: typeof fetch = fetch): Promise<DemoLoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(`/api/v1/demo/records?clients=${DEMO_CLIENTS}`);
  } catch {
    return { ok: false, reason: 'offline' };
  }
  if (response.status === 404) return { ok: false, reason: 'unavailable' };
  if (!response.ok) return { ok: false, reason: 'server' };
  const parsed = demoRecordsResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { orgId, stamp, records } = parsed.data;
  const rows = [];
  for (const record of records) {
    const fields = RECORD_SCHEMAS[record.table].safeParse(record.fields);
    if (!fields.success) return { ok: false, reason: 'invalid' };
    rows.push({
      table: record.table,
      row: rowFromFields({ id: record.id, orgId, scope: record.scope, fields: fields.data, stamp }),
    });
  }
  await importRows(rows);
  if (!(await readSetting(SettingKey.orgId))) await writeSetting(SettingKey.orgId, orgId);
  return {
    ok: true,
    clients: records.filter((r) => r.table === 'clients').length,
    records: records.length,
  };
}
