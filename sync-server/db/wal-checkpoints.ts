import type SQLite from 'better-sqlite3';

/** How often the log is copied back into the database file, between requests. */
export const CHECKPOINT_EVERY_MS = 1_000;
/**
 * SQLite's own checkpoint, inside a commit, only once the log has grown to
 * this many pages (40 MB): a backstop for a server too busy for its timer.
 */
export const BACKSTOP_PAGES = 10_000;

/**
 * In WAL mode SQLite copies the log back into the database file (a
 * checkpoint) by itself, inside the commit that takes the log past 1,000
 * pages: that commit's push waited for the copy of the pushes before it
 * (docs/BENCHMARKS.md, "checkpoints between requests"). Here a timer
 * checkpoints between requests instead. A push's transaction awaits nothing
 * but SQLite, so a tick falls between transactions; one that fell inside
 * would be refused (SQLITE_LOCKED) without harm to it. PASSIVE: a tick never
 * waits for a reader; what it leaves, the next one copies. Answers the
 * function that stops the timer, before the database closes.
 */
export function checkpointBetweenRequests(
  sqlite: SQLite.Database,
  everyMs = CHECKPOINT_EVERY_MS,
): () => void {
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  const timer = setInterval(() => {
    if (!sqlite.open) return;
    try {
      sqlite.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Refused inside a transaction, or a failing disk (which the requests' own
      // commits report): this must not end the process. The next tick, or the
      // backstop, copies it.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
