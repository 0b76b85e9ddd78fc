import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('the prepared statement cache', () => {
  let sqlite: SQLite.Database;
  beforeEach(() => {
    sqlite = new SQLite(':memory:');
    sqlite.exec('create table t (n integer)');
    sqlite.exec('insert into t values (1), (2), (3)');
  });
  afterEach(() => sqlite.open && sqlite.close());

  it('hands out the same statement for the same SQL, with each call’s own parameters', () => {
    const db = withStatementCache(sqlite);
    const first = db.prepare('select n from t where n > ?');
    const again = db.prepare('select n from t where n > ?');
    expect(again).toBe(first);
    expect(first.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(again.all([2])).toEqual([{ n: 3 }]);
    expect(db.prepare('select n from t where n < ?')).not.toBe(first);
  });

  it('keeps at most `size` statements, dropping the least recently used', () => {
    const db = withStatementCache(sqlite, 2);
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a); // now b is the oldest
    db.prepare('select 3');
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
  });

  it('does not hand out a statement that is still being iterated', () => {
    const db = withStatementCache(sqlite);
    const reading = sqlite.prepare('select n from t');
    const cached = db.prepare('select n from t');
    const rows = cached.iterate([]);
    rows.next();
    const other = db.prepare('select n from t');
    expect(other).not.toBe(cached);
    expect(other.all([])).toEqual(reading.all());
    rows.return?.();
  });

  it('closes the database', () => {
    withStatementCache(sqlite).close();
    expect(sqlite.open).toBe(false);
  });
});
