import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { ServerDatabase } from './schema';
import { withStatementCache } from './statement-cache';
import { checkpointBetweenRequests } from './wal-checkpoints';

export type StorageKind = 'sqlite' | 'postgres';

export interface Storage {
  db: Kysely<ServerDatabase>;
  kind: StorageKind;
  /** The PostgreSQL schema the tables live in, when not the default one. */
  schema?: string;
}

export type StorageOptions =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

/** Opens the server's storage: an SQLite file by default, PostgreSQL for a district or the state. */
export function openStorage(options: StorageOptions): Storage {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      // A schema per test run keeps parallel test files apart on one database.
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    return {
      kind: 'postgres',
      db: new Kysely({ dialect: new PostgresDialect({ pool }) }),
      schema: options.schema,
    };
  }
  if (options.file !== ':memory:') fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new SQLite(options.file);
  // WAL lets readers go on while a sync push writes; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  // Every commit reaches the disk before the server answers: a device forgets the changes
  // the server acknowledged, and an erasure must not come undone. (better-sqlite3 builds
  // SQLite to sync a WAL only at checkpoints once the file is in WAL mode, that is from
  // the first restart on; a power loss could then take the last commits. Side by side in
  // bench/sync-push-compare.ts, a push of 100 records took at most 0.5 ms longer this way.)
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const statements = withStatementCache(sqlite);
  const stopCheckpoints =
    options.file === ':memory:' ? () => undefined : checkpointBetweenRequests(sqlite);
  const database = {
    ...statements,
    close: () => {
      stopCheckpoints();
      statements.close();
    },
  };
  return { kind: 'sqlite', db: new Kysely({ dialect: new SqliteDialect({ database }) }) };
}
