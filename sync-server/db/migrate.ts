import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './migrations/0001-initial';

// Listed in code rather than read from a folder, so the same list works under tsx, in a bundle and in tests.
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

export type MigrationOutcome = { ok: true; applied: string[] } | { ok: false; error: unknown };

export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) return { ok: false, error };
  return {
    ok: true,
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
