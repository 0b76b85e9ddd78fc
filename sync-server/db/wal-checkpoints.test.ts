import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKSTOP_PAGES, checkpointBetweenRequests } from './wal-checkpoints';

describe('checkpoints between requests', () => {
  let dir: string;
  let sqlite: SQLite.Database;
  let stop: () => void = () => undefined;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-wal-'));
    sqlite = new SQLite(path.join(dir, 'db.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec('create table t (n integer, text text)');
  });
  afterEach(() => {
    stop();
    if (sqlite.open) sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const databaseBytes = () => fs.statSync(path.join(dir, 'db.sqlite')).size;
  /** About 1,500 pages in many small commits: past SQLite's own 1,000-page checkpoint. */
  function writeManyCommits() {
    const insert = sqlite.prepare('insert into t values (?, ?)');
    for (let n = 0; n < 300; n++)
      sqlite.transaction(() => {
        for (let i = 0; i < 5; i++) insert.run(n, 'x'.repeat(3_000));
      })();
  }

  it('leaves commits below the backstop to write only the log', () => {
    stop = checkpointBetweenRequests(sqlite, 60_000);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES);
    const before = databaseBytes();
    writeManyCommits();
    // Without the timer's tick, nothing reached the database file itself.
    expect(databaseBytes()).toBe(before);
  });

  it('copies the log into the database file on its next tick, and stops when told', async () => {
    stop = checkpointBetweenRequests(sqlite, 20);
    writeManyCommits();
    const written = sqlite.prepare('select count(*) as n from t').get() as { n: number };
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(databaseBytes()).toBeGreaterThan(1_500 * 3_000);
    stop();
    const copied = databaseBytes();
    writeManyCommits();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(databaseBytes()).toBe(copied);
    expect((sqlite.prepare('select count(*) as n from t').get() as { n: number }).n).toBe(
      written.n * 2,
    );
  });
});
