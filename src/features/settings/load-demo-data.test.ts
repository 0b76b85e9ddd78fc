import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setToday } from '@/core/index';
import { generateDemoData } from '@/core/demo/generate-demo-data';
import { db } from '@/db/database';
import { loadDemoData } from './load-demo-data';

const TODAY = '2026-11-24';
const ORG = '0190a000-0000-7000-8000-000000000001';

function respond(body: unknown, status = 200): typeof fetch {
  return () => Promise.resolve(new Response(JSON.stringify(body), { status }));
}

describe('loadDemoData', () => {
  beforeEach(async () => {
    setToday(TODAY);
    await Promise.all(db.tables.map((t) => t.clear()));
  });
  afterEach(() => setToday(undefined));

  it('stores the server’s synthetic records as stamped rows, twice without duplicates', async () => {
    const records = generateDemoData({ clients: 3, today: TODAY, orgId: ORG });
    const stamp = '001764000000000-0000-00000000000000aa';
    const body = { orgId: ORG, stamp, records };
    expect(await loadDemoData(respond(body))).toEqual({
      ok: true,
      clients: 3,
      records: records.length,
    });
    expect(await loadDemoData(respond(body))).toMatchObject({ ok: true });
    expect(await db.clients.count()).toBe(3);
    const client = (await db.clients.toArray())[0]!;
    expect(client.orgId).toBe(ORG);
    expect(client.stamps.lastName).toBe(stamp);
    expect(await db.localOutbox.count()).toBe(0);
  });

  it('stores nothing when one record is invalid', async () => {
    const records = generateDemoData({ clients: 2, today: TODAY, orgId: ORG });
    const broken = records.map((r) =>
      r.table === 'clients' ? { ...r, fields: { ...r.fields, lastName: '' } } : r,
    );
    const result = await loadDemoData(respond({ orgId: ORG, stamp: 'x', records: broken }));
    expect(result).toEqual({ ok: false, reason: 'invalid' });
    expect(await db.clients.count()).toBe(0);
  });

  it('says why it could not load', async () => {
    expect(await loadDemoData(() => Promise.reject(new TypeError('offline')))).toEqual({
      ok: false,
      reason: 'offline',
    });
    expect(await loadDemoData(respond({}, 404))).toEqual({ ok: false, reason: 'unavailable' });
    expect(await loadDemoData(respond({}, 500))).toEqual({ ok: false, reason: 'server' });
  });
});
