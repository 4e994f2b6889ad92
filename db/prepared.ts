import { sql } from 'drizzle-orm';
import type { Db, Sqlite } from './open';

// The hot paths (opening a case, the case list, search, Today, every call's user) run many small
// queries; building drizzle's SQL and preparing it again on each call cost more than running it
// (issue 3's "≤ 1.3× raw SQL"). These helpers prepare once per connection and reuse the statement.
// Keyed by connection through WeakMaps, so a closed centre's statements go with it.

/** A drizzle query (with `sql.placeholder`s), built and prepared the first time a connection asks for it. */
export function preparedPerDb<T>(build: (db: Db) => T): (db: Db) => T {
  const perDb = new WeakMap<Db, T>();
  return (db) => {
    let q = perDb.get(db);
    if (q === undefined) perDb.set(db, (q = build(db)));
    return q;
  };
}

/** As preparedPerDb, for a query whose shape depends on a few options: one prepared statement per `key`. */
export function preparedVariants<K extends string, T>(build: (db: Db, key: K) => T): (db: Db, key: K) => T {
  const perDb = new WeakMap<Db, Map<K, T>>();
  return (db, key) => {
    let m = perDb.get(db);
    if (!m) perDb.set(db, (m = new Map()));
    let q = m.get(key);
    if (q === undefined) m.set(key, (q = build(db, key)));
    return q;
  };
}

type Statement = ReturnType<Sqlite['prepare']>;
const rawStatements = new WeakMap<Sqlite, Map<string, Statement>>();

/** Hand-written SQLite SQL (kept inside db/), prepared once per connection and SQL text. */
export function rawStatement(db: Db, sql: string): Statement {
  let m = rawStatements.get(db.$client);
  if (!m) rawStatements.set(db.$client, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.$client.prepare(sql)));
  return s;
}

/**
 * A LIMIT or OFFSET written into the SQL instead of bound: SQLite ran `ORDER BY … LIMIT ?` 5–15 µs
 * slower than `LIMIT 1`, and a 50-row page ~30 µs slower (measured in `npm run bench`'s profiling).
 * Only for whole numbers the code or the contract has already checked; this is for hand-written SQL
 * (rawStatement's text), literalCount for drizzle's .limit()/.offset().
 */
export function pageSize(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return String(n);
}

export function literalCount(n: number): number {
  // drizzle renders an SQL chunk given to .limit()/.offset() as it is; its type says number only.
  return sql.raw(pageSize(n)) as unknown as number;
}
