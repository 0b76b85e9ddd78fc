import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataKey } from './data-key';
import {
  EncryptionTestDatabase,
  HADDAD,
  NOURI,
  SECRET_WORDS,
  uniqueDatabaseName,
  type ContactRow,
} from './encryption-test-database';
import { encryptionMiddleware } from './encryption-middleware';
import { UnencryptableValueError } from './unencryptable-value-error';

const CONTACTS: ContactRow[] = [
  {
    id: 'k1',
    scope: 'case-1',
    caseId: 'case-1',
    date: '2026-03-02',
    note: 'Hausbesuch, Mietvertrag',
  },
  { id: 'k2', scope: 'case-1', caseId: 'case-1', date: '2026-01-15', note: 'Erstgespräch' },
  { id: 'k3', scope: 'case-2', caseId: 'case-2', date: '2026-02-20', note: 'Jobcenter-Termin' },
];

let db: EncryptionTestDatabase;
/** The same database without the middleware: what IndexedDB really holds. */
let raw: EncryptionTestDatabase;

beforeEach(async () => {
  const name = uniqueDatabaseName();
  db = new EncryptionTestDatabase(
    name,
    encryptionMiddleware({ dataKey: createDataKey(), plainTables: ['localSettings'] }),
  );
  raw = new EncryptionTestDatabase(name);
  await db.clients.bulkPut([HADDAD, NOURI]);
  await db.contacts.bulkPut(CONTACTS);
});

afterEach(async () => {
  raw.close();
  await db.delete();
});

describe('the encryption middleware, reading', () => {
  it('returns rows unchanged through every read path', async () => {
    expect(await db.clients.get('client-1')).toEqual(HADDAD);
    expect(await db.clients.toArray()).toEqual([HADDAD, NOURI]);
    expect(await db.clients.where('householdId').equals('household-1').toArray()).toEqual([HADDAD]);
    expect(await db.clients.where({ scope: 'case-2' }).first()).toEqual(NOURI);
    expect(await db.clients.bulkGet(['client-2', 'missing', 'client-1'])).toEqual([
      NOURI,
      undefined,
      HADDAD,
    ]);
    expect(await db.clients.filter((c) => c.lastName === 'Nouri').toArray()).toEqual([NOURI]);
    const seen: unknown[] = [];
    await db.clients.each((client) => seen.push(client));
    expect(seen).toEqual([HADDAD, NOURI]);
  });

  it('orders, pages and reverses by indexed values', async () => {
    expect((await db.contacts.orderBy('date').toArray()).map((c) => c.id)).toEqual([
      'k2',
      'k3',
      'k1',
    ]);
    expect((await db.contacts.orderBy('date').reverse().toArray()).map((c) => c.note)).toEqual([
      'Hausbesuch, Mietvertrag',
      'Jobcenter-Termin',
      'Erstgespräch',
    ]);
    expect(await db.contacts.orderBy('date').offset(1).limit(1).toArray()).toEqual([CONTACTS[2]]);
    expect(await db.contacts.where('date').between('2026-02-01', '2026-12-31').count()).toBe(2);
    expect(await db.contacts.where('caseId').equals('case-1').primaryKeys()).toEqual(['k1', 'k2']);
    expect(await db.contacts.orderBy('date').last()).toEqual(CONTACTS[0]);
  });

  it('keeps Date keys as Dates', async () => {
    const at = new Date('2026-04-01T09:30:00Z');
    await db.appointments.put({ id: 'a1', at, place: 'Rathaus, Zimmer 4' });
    const [found] = await db.appointments.where('at').equals(at).toArray();
    expect(found).toEqual({ id: 'a1', at, place: 'Rathaus, Zimmer 4' });
    expect(found!.at).toBeInstanceOf(Date);
  });

  it('gives liveQuery the plain rows', async () => {
    const rows = await new Promise((resolve, reject) => {
      const subscription = liveQuery(() =>
        db.clients.where('scope').equals('case-1').toArray(),
      ).subscribe({
        next: (value) => {
          subscription.unsubscribe();
          resolve(value);
        },
        error: reject,
      });
    });
    expect(rows).toEqual([HADDAD]);
  });
});

describe('the encryption middleware, writing', () => {
  it('stores no plain text except primary keys and indexed values', async () => {
    const stored = await raw.clients.toArray();
    const json = JSON.stringify(stored);
    for (const word of SECRET_WORDS) expect(json).not.toContain(word);
    expect(Object.keys(stored[0]!).sort()).toEqual(['_enc', 'householdId', 'id', 'scope']);
    expect(Object.keys(stored[1]!).sort()).toEqual(['_enc', 'id', 'scope']);
    expect(JSON.stringify(await raw.contacts.toArray())).not.toMatch(/Hausbesuch|Jobcenter/);
  });

  it('updates and modifies through the same encryption', async () => {
    await db.clients.update('client-1', { notes: 'Umzug nach Esslingen' });
    await db.clients.where('scope').equals('case-2').modify({ householdId: 'household-9' });
    expect(await db.clients.get('client-1')).toEqual({ ...HADDAD, notes: 'Umzug nach Esslingen' });
    expect(await db.clients.where('householdId').equals('household-9').first()).toEqual({
      ...NOURI,
      householdId: 'household-9',
    });
    expect(JSON.stringify(await raw.clients.toArray())).not.toContain('Esslingen');
    await db.clients.where('scope').equals('case-2').delete();
    expect(await db.clients.count()).toBe(1);
  });

  it('binds rows of auto-increment tables to the keys they were given', async () => {
    const seq = await db.localOutbox.add({
      table: 'clients',
      recordId: 'client-1',
      fields: { lastName: 'Haddad' },
    });
    const more = await db.localOutbox.bulkAdd(
      [
        { table: 'clients', recordId: 'client-2', fields: { lastName: 'Nouri' } },
        { table: 'contacts', recordId: 'k1', fields: { note: 'Hausbesuch' } },
      ],
      { allKeys: true },
    );
    expect(more).toEqual([seq! + 1, seq! + 2]);
    expect(await db.localOutbox.get(seq)).toEqual({
      seq,
      table: 'clients',
      recordId: 'client-1',
      fields: { lastName: 'Haddad' },
    });
    expect(
      await db.localOutbox.where('[table+recordId]').equals(['clients', 'client-2']).count(),
    ).toBe(1);
    expect(await db.localOutbox.where('table').equals('clients').count()).toBe(2);
    const stored = await raw.localOutbox.toArray();
    expect(JSON.stringify(stored)).not.toMatch(/Haddad|Nouri|Hausbesuch/);
    expect(stored.map((row) => Object.keys(row).sort())).toEqual(
      Array(3).fill(['_enc', 'recordId', 'seq', 'table']),
    );
  });

  it('reads a new auto-increment row within the transaction that adds it', async () => {
    const rows = await db.transaction('rw', db.localOutbox, async () => {
      const [, all] = await Promise.all([
        db.localOutbox.add({ table: 'clients', recordId: 'client-1', fields: {} }),
        db.localOutbox.toArray(),
      ]);
      return all;
    });
    expect(rows).toHaveLength(1);
    expect(await db.localOutbox.toArray()).toEqual(rows);
  });

  it('encrypts tables with outbound keys, given or generated', async () => {
    await db.attachments.put({ title: 'Bescheid', text: 'Aufenthaltserlaubnis bis 2027' }, 'doc-1');
    const logKey = await db.localLog.add({ message: 'Haddad geöffnet' });
    expect(await db.attachments.get('doc-1')).toEqual({
      title: 'Bescheid',
      text: 'Aufenthaltserlaubnis bis 2027',
    });
    expect(await db.attachments.toArray()).toHaveLength(1);
    expect(await db.localLog.get(logKey)).toEqual({ message: 'Haddad geöffnet' });
    expect(await db.localLog.toArray()).toEqual([{ message: 'Haddad geöffnet' }]);
    const stored = JSON.stringify([await raw.attachments.toArray(), await raw.localLog.toArray()]);
    expect(stored).not.toMatch(/Bescheid|Aufenthalt|Haddad/);
  });

  it('leaves the tables it is told to leave plain', async () => {
    await db.localSettings.put({ key: 'language', value: 'de' });
    expect(await raw.localSettings.get('language')).toEqual({ key: 'language', value: 'de' });
  });

  it('refuses values that would not come back as written, and stores nothing', async () => {
    const withDate = { ...NOURI, id: 'client-3', notes: new Date() as unknown as string };
    await expect(db.clients.put(withDate)).rejects.toThrow(UnencryptableValueError);
    await expect(db.clients.put(withDate)).rejects.toMatchObject({
      table: 'clients',
      path: 'notes',
    });
    const nested = { ...NOURI, id: 'client-3', health: { conditions: [NaN as unknown as string] } };
    await expect(db.clients.put(nested)).rejects.toMatchObject({ path: 'health.conditions[0]' });
    const reserved = { ...NOURI, id: 'client-3', _enc: 'x' };
    await expect(db.clients.put(reserved)).rejects.toThrow(UnencryptableValueError);
    expect(await raw.clients.get('client-3')).toBeUndefined();
  });

  it('refuses a plain table that the database does not have', async () => {
    const name = uniqueDatabaseName();
    const misspelt = new EncryptionTestDatabase(
      name,
      encryptionMiddleware({ dataKey: createDataKey(), plainTables: ['localSetings'] }),
    );
    await expect(misspelt.open()).rejects.toThrow(/localSetings/);
    await misspelt.delete();
  });
});
