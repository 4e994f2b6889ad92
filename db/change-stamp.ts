import { getTableName } from 'drizzle-orm';
import type { DbHandle, Sqlite } from './open';
import { centreSettings, userRoles, users } from './schema';

// What a call's caller is read from (db/repositories/users.ts, findCaller): the account, its roles and
// the centre's settings (the idle-lock minutes). Temporary triggers, which live only in this
// connection and never in the file, count every row this connection writes to them (already while the
// transaction is open, so a write in progress changes the stamp before it commits); PRAGMA
// data_version changes when any other connection (another process, a command-line tool) commits.
const CALLER_TABLES = [users, userRoles, centreSettings].map((t) => getTableName(t));
const OPERATIONS = ['INSERT', 'UPDATE', 'DELETE'] as const;

const watched = new WeakMap<Sqlite, { writes: number; version: { get(): unknown } }>();

/** Starts counting this connection's writes to the caller's tables; once per connection, after migrations. */
export function watchCallerTables(sqlite: Sqlite): void {
  const counter = { writes: 0, version: sqlite.prepare<[]>('PRAGMA data_version').pluck() };
  sqlite.function('atvejis_caller_written', { deterministic: false }, () => {
    counter.writes += 1;
    return null;
  });
  for (const table of CALLER_TABLES) {
    for (const op of OPERATIONS) {
      sqlite.exec(`CREATE TEMP TRIGGER atvejis_watch_${table}_${op.toLowerCase()} AFTER ${op} ON ${table} BEGIN SELECT atvejis_caller_written(); END`);
    }
  }
  watched.set(sqlite, counter);
}

/**
 * A value that differs whenever a caller's account, roles or the centre's settings may have changed
 * since an earlier stamp of the same handle: equal stamps mean none of them was written in between, so
 * a caller read then is still what the database holds. Null when the handle is not watched (nothing may
 * be reused). PostgreSQL has no data_version: when that driver comes, its handle answers null here
 * until it has an invalidation channel (LISTEN/NOTIFY from the same triggers).
 */
export function callerStamp(handle: DbHandle): string | null {
  const counter = watched.get(handle.sqlite);
  return counter ? `${counter.writes}:${counter.version.get() as number}` : null;
}
