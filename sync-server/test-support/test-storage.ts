import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { openStorage, type Storage, type StorageKind } from '../db/database';
import { migrateToLatest } from '../db/migrate';

/** PostgreSQL for tests: the machine's server, trust auth, database `test`. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const BACKENDS: readonly StorageKind[] = ['sqlite', 'postgres'];

export interface TestStorage extends Storage {
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated storage per test: an in-memory SQLite database, or a
 * schema of its own on the test PostgreSQL so that parallel test files never
 * see each other's rows.
 */
export async function createTestStorage(kind: StorageKind): Promise<TestStorage> {
  if (kind === 'sqlite') {
    const storage = openStorage({ kind: 'sqlite', file: ':memory:' });
    await migrated(storage);
    return { ...storage, dispose: () => storage.db.destroy() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_DATABASE_URL}. Start it with ` +
        `"pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start" ` +
        `or set TEST_DATABASE_URL.`,
      { cause: error },
    );
  }
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const storage = openStorage({ kind: 'postgres', url: TEST_DATABASE_URL, schema });
  await migrated(storage);
  return {
    ...storage,
    async dispose() {
      await sql.raw(`drop schema ${schema} cascade`).execute(storage.db);
      await storage.db.destroy();
    },
  };
}

async function migrated(storage: Storage) {
  const outcome = await migrateToLatest(storage);
  if (!outcome.ok) throw outcome.error;
}
