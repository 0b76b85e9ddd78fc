import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditAction } from '../../src/core/index';
import { recordAudit } from '../services/audit-service';
import { BACKENDS, createTestStorage, type TestStorage } from '../test-support/test-storage';

describe.each(BACKENDS)('audit log on %s', (kind) => {
  let storage: TestStorage;

  beforeEach(async () => {
    storage = await createTestStorage(kind);
    for (let i = 0; i < 3; i++)
      await recordAudit(storage.db, {
        action: AuditAction.loginFailed,
        at: new Date(),
        orgId: null,
        actorId: null,
        details: { attempt: i },
      });
  });
  afterEach(() => storage.dispose());

  async function rows() {
    return storage.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  }

  it('numbers entries in order', async () => {
    const seqs = (await rows()).map((r) => Number(r.seq));
    expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2]);
  });

  it('is append-only in the database: UPDATE and DELETE through Kysely fail', async () => {
    const before = await rows();
    await expect(
      sql`update audit_log set action = 'auth.logout'`.execute(storage.db),
    ).rejects.toThrow(/append-only/);
    await expect(storage.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(
      storage.db.deleteFrom('audit_log').where('seq', '=', Number(before[0]!.seq)).execute(),
    ).rejects.toThrow(/append-only/);
    if (kind === 'postgres')
      await expect(sql`truncate audit_log`.execute(storage.db)).rejects.toThrow(/append-only/);
    expect(await rows()).toEqual(before);
  });
});
