import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct statements kept prepared; a push's `in (…)` lists of other lengths are other statements. */
export const CACHED_STATEMENTS = 200;

/**
 * better-sqlite3 behind a cache of prepared statements, for Kysely's SQLite
 * dialect, which prepares every query anew: for a sync round trip's many small
 * statements, preparing costs about as much as running them. The least
 * recently used statement goes first; one still being iterated (busy) is
 * never handed out twice.
 */
export function withStatementCache(
  sqlite: SQLite.Database,
  size = CACHED_STATEMENTS,
): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => void sqlite.close(),
    prepare(sql) {
      const cached = cache.get(sql);
      cache.delete(sql);
      const statement = cached && !cached.busy ? cached : sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
