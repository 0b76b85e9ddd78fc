import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from './database';

describe('the SQLite storage', () => {
  let dir: string | undefined;
  let storage: Storage | undefined;
  afterEach(async () => {
    await storage?.db.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a write-ahead log and syncs it to disk at every commit, also after a restart', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-storage-'));
    const file = path.join(dir, 'lotse.sqlite');
    await openStorage({ kind: 'sqlite', file }).db.destroy();
    // Reopened: a database already in WAL mode is where better-sqlite3's SQLite
    // would sync only at checkpoints.
    storage = openStorage({ kind: 'sqlite', file });
    const pragma = async (name: string): Promise<unknown> => {
      const { rows } = await sql
        .raw<Record<string, unknown>>(`PRAGMA ${name}`)
        .execute(storage!.db);
      return Object.values(rows[0]!)[0];
    };
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('foreign_keys')).toBe(1);
  });
});
