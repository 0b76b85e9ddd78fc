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
 * pages: with about 140 pages per push of 100 records, one push in seven paid
 * for the checkpoint of the six before it, some 15 ms on these machines. Here
 * a timer checkpoints between requests instead (better-sqlite3 runs on the
 * event loop, so a tick never interrupts a transaction). PASSIVE: a tick never
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
      // A failing disk fails the requests' own commits, which report it; this
      // must not end the process. The next tick, or the backstop, copies it.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
