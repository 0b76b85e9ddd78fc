import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Storage, StorageKind } from './database';
import * as initial from './migrations/0001-initial';
import { accountsMigration } from './migrations/0002-accounts';
import { syncMigration } from './migrations/0003-sync';
import * as caseIndexWithoutSeq from './migrations/0004-case-index-without-seq';

// Listed in code rather than read from a folder, so the same list works under tsx, in a bundle and in tests.
// A migration that needs a dialect's own SQL is a factory taking the storage kind.
function migrationsFor(kind: StorageKind): Record<string, Migration> {
  return {
    '0001-initial': initial,
    '0002-accounts': accountsMigration(kind),
    '0003-sync': syncMigration(kind),
    '0004-case-index-without-seq': caseIndexWithoutSeq,
  };
}

export type MigrationOutcome = { ok: true; applied: string[] } | { ok: false; error: unknown };

export async function migrateToLatest(storage: Storage): Promise<MigrationOutcome> {
  const migrations = migrationsFor(storage.kind);
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
  // Kysely looks for its bookkeeping tables in every schema; with a schema of our own
  // (tests run side by side, each in its own) it must look in ours only.
  const migrator = new Migrator({
    db: storage.db,
    provider,
    ...(storage.schema ? { migrationTableSchema: storage.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) return { ok: false, error };
  return {
    ok: true,
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
