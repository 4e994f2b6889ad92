import { sql } from 'drizzle-orm';
import type { Db, DbHandle } from './open';

/**
 * Every write that matters goes through here: BEGIN IMMEDIATE … COMMIT under the lock, and a
 * ROLLBACK on any error. With PostgreSQL this becomes the driver's own transaction.
 */
export function withTransaction<T>(handle: DbHandle, fn: (db: Db) => Promise<T>): Promise<T> {
  return handle.lock.run(async () => {
    handle.db.run(sql`BEGIN IMMEDIATE`);
    try {
      const value = await fn(handle.db);
      handle.db.run(sql`COMMIT`);
      return value;
    } catch (err) {
      if (handle.sqlite.inTransaction) handle.db.run(sql`ROLLBACK`);
      throw err;
    }
  });
}

/** Reads take the same lock, so they never see another call's uncommitted work. */
export function withRead<T>(handle: DbHandle, fn: (db: Db) => Promise<T>): Promise<T> {
  return handle.lock.run(() => fn(handle.db));
}

/**
 * A read that must see one moment of the database across several queries (the quarterly package,
 * a backup's row counts) while other processes may write: a deferred transaction holds one WAL snapshot.
 */
export function withSnapshot<T>(handle: DbHandle, fn: (db: Db) => Promise<T>): Promise<T> {
  return handle.lock.run(async () => {
    handle.db.run(sql`BEGIN DEFERRED`);
    try {
      return await fn(handle.db);
    } finally {
      if (handle.sqlite.inTransaction) handle.db.run(sql`COMMIT`);
    }
  });
}
