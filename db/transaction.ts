import type { Db, DbHandle, Sqlite } from './open';

// Transaction control runs on every call: prepared once per connection rather than parsed each time.
const control = new WeakMap<Sqlite, Record<'immediate' | 'deferred' | 'commit' | 'rollback', { run(): unknown }>>();
function tx(handle: DbHandle) {
  let c = control.get(handle.sqlite);
  if (!c) {
    const p = (s: string) => handle.sqlite.prepare<[]>(s);
    control.set(handle.sqlite, (c = { immediate: p('BEGIN IMMEDIATE'), deferred: p('BEGIN DEFERRED'), commit: p('COMMIT'), rollback: p('ROLLBACK') }));
  }
  return c;
}

/**
 * Every write that matters goes through here: BEGIN IMMEDIATE … COMMIT under the lock, and a
 * ROLLBACK on any error. With PostgreSQL this becomes the driver's own transaction.
 */
export function withTransaction<T>(handle: DbHandle, fn: (db: Db) => Promise<T>): Promise<T> {
  return handle.lock.run(async () => {
    const t = tx(handle);
    t.immediate.run();
    try {
      const value = await fn(handle.db);
      t.commit.run();
      return value;
    } catch (err) {
      if (handle.sqlite.inTransaction) t.rollback.run();
      throw err;
    }
  });
}

/**
 * Reads take the same lock, so they never see another call's uncommitted work, and run in one deferred
 * read transaction: all their queries see one moment of the database (one WAL snapshot, even while
 * another process writes: the quarterly package, a backup's row counts), and SQLite opens one read
 * transaction for them all instead of one per statement.
 */
export function withRead<T>(handle: DbHandle, fn: (db: Db) => Promise<T>): Promise<T> {
  return handle.lock.run(async () => {
    const t = tx(handle);
    t.deferred.run();
    try {
      return await fn(handle.db);
    } finally {
      if (handle.sqlite.inTransaction) t.commit.run();
    }
  });
}
