import type { DbHandle, Sqlite } from './open';

// SQLite counts both halves for us: total_changes() grows with every row this connection inserts,
// updates or deletes (triggers included, and already while the transaction is open, so another
// call's write in progress changes the stamp before it commits), and PRAGMA data_version changes
// when any other connection (another process, a command-line tool) commits.
const statements = new WeakMap<Sqlite, { changes: { get(): unknown }; version: { get(): unknown } }>();

/**
 * A value that differs whenever the database may have changed since an earlier stamp of the same
 * handle. Equal stamps mean nothing was written in between, so what was read then is still true.
 * PostgreSQL has no such counter; when that driver comes, its handle must answer null here (no
 * reuse) until it has an invalidation channel (LISTEN/NOTIFY).
 */
export function changeStamp(handle: DbHandle): string | null {
  let s = statements.get(handle.sqlite);
  if (!s) {
    s = {
      changes: handle.sqlite.prepare<[]>('SELECT total_changes()').pluck(),
      version: handle.sqlite.prepare<[]>('PRAGMA data_version').pluck(),
    };
    statements.set(handle.sqlite, s);
  }
  return `${s.changes.get() as number}:${s.version.get() as number}`;
}
