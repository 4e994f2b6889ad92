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
