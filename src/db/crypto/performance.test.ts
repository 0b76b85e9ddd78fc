import { describe, expect, it } from 'vitest';
import { createDataKey } from './data-key';
import { encryptionMiddleware } from './encryption-middleware';
import {
  EncryptionTestDatabase,
  uniqueDatabaseName,
  type ContactRow,
} from './encryption-test-database';

const ROWS = 10_000;

/** ~500 bytes of JSON each, most of it in the encrypted note. */
function contacts(): ContactRow[] {
  const note =
    'Hausbesuch in der Gemeinschaftsunterkunft; Gespräch über Sprachkurs und Kita. '.repeat(5);
  return Array.from({ length: ROWS }, (_, i) => ({
    id: `contact-${String(i).padStart(6, '0')}`,
    scope: `case-${i % 200}`,
    caseId: `case-${i % 200}`,
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    note: `${i}: ${note}`,
  }));
}

async function timeRoundTrip(encrypted: boolean) {
  const db = new EncryptionTestDatabase(
    uniqueDatabaseName(),
    encrypted ? encryptionMiddleware({ dataKey: createDataKey() }) : undefined,
  );
  const rows = contacts();
  const t0 = performance.now();
  await db.contacts.bulkPut(rows);
  const t1 = performance.now();
  const all = await db.contacts.toArray();
  const t2 = performance.now();
  let seen = 0;
  await db.contacts
    .where('caseId')
    .equals('case-7')
    .each(() => seen++);
  const t3 = performance.now();
  expect(all).toEqual(rows);
  expect(seen).toBe(ROWS / 200);
  await db.delete();
  return { write: t1 - t0, read: t2 - t1, cursor: t3 - t2 };
}

/** Auto-increment adds are written twice (pending, then bound to their key); every record write adds one. */
async function timeOutboxAdds(encrypted: boolean, count: number) {
  const db = new EncryptionTestDatabase(
    uniqueDatabaseName(),
    encrypted ? encryptionMiddleware({ dataKey: createDataKey() }) : undefined,
  );
  const t0 = performance.now();
  await db.transaction('rw', db.localOutbox, async () => {
    for (let i = 0; i < count; i++)
      await db.localOutbox.add({
        table: 'clients',
        recordId: `c${i}`,
        fields: { lastName: 'Haddad' },
      });
  });
  const elapsed = performance.now() - t0;
  expect(await db.localOutbox.count()).toBe(count);
  await db.delete();
  return elapsed;
}

describe('encryption cost', () => {
  it(
    `writes and reads ${ROWS} rows of ~500 bytes in reasonable time`,
    { timeout: 60_000 },
    async () => {
      const rowBytes = JSON.stringify(contacts()[0]).length;
      const plain = await timeRoundTrip(false);
      const encrypted = await timeRoundTrip(true);
      const ms = (n: number) => `${n.toFixed(0)} ms`;
      // eslint-disable-next-line no-console -- the timing is what this test reports
      console.log(
        `${ROWS} rows × ${rowBytes} B (jsdom + fake-indexeddb)\n` +
          `  plain:     bulkPut ${ms(plain.write)}, toArray ${ms(plain.read)}, cursor ${ms(plain.cursor)}\n` +
          `  encrypted: bulkPut ${ms(encrypted.write)}, toArray ${ms(encrypted.read)}, cursor ${ms(encrypted.cursor)}`,
      );
      expect(encrypted.write + encrypted.read).toBeLessThan(10_000);
    },
  );

  it('adds 1,000 outbox entries one by one in one transaction', async () => {
    const plain = await timeOutboxAdds(false, 1000);
    const encrypted = await timeOutboxAdds(true, 1000);
    // eslint-disable-next-line no-console -- the timing is what this test reports
    console.log(
      `1000 awaited outbox adds: plain ${plain.toFixed(0)} ms, encrypted ${encrypted.toFixed(0)} ms`,
    );
    expect(encrypted).toBeLessThan(10_000);
  });
});
