import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from './dialect';

// Real errors of the SQLite driver; PostgreSQL's 23505 is exercised by the concurrency API tests.
function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('the statement did not fail');
}

describe('isUniqueViolation', () => {
  const db = new BetterSqlite3(':memory:');
  db.exec("create table t (id integer primary key, k text unique not null); insert into t values (1, 'a')");

  it('tells a unique or primary-key refusal by the driver’s error code', () => {
    expect(isUniqueViolation(errorOf(() => db.exec("insert into t values (2, 'a')")))).toBe(true);
    expect(isUniqueViolation(errorOf(() => db.exec("insert into t values (1, 'b')")))).toBe(true);
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
  });

  it('does not mistake another failure for one, even with the words in its message', () => {
    expect(isUniqueViolation(errorOf(() => db.exec('insert into t values (3, null)')))).toBe(false);
    expect(isUniqueViolation(new Error('UNIQUE constraint failed: t.k'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
