import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { KeyRing } from '../../db/keyring';
import { openDatabase, type DbHandle, type Sqlite } from '../../db/open';
import type { Harness } from './harness';

/** A hash of every row of every table (sqlite_sequence and __drizzle_migrations included) and of the schema. */
export function databaseChecksum(sqlite: Sqlite): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(sqlite.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').raw().all()));
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
  for (const t of tables) {
    const columns = (sqlite.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(t) as number) || 1;
    const orderBy = Array.from({ length: columns }, (_, i) => i + 1).join(', ');
    hash.update(`\n#${t}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM "${t}" ORDER BY ${orderBy}`).raw().iterate()) hash.update(JSON.stringify(row) + '\n');
  }
  return hash.digest('hex');
}

export function rowCount(sqlite: Sqlite, table: string): number {
  return sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
}

/**
 * A second connection to the centre's database with the key the app holds, without migrating:
 * what it reads is what was committed, not what the app's own connection may have in flight.
 */
export function secondConnection(h: Harness): DbHandle {
  return openDatabase({ file: h.app.dbFile, key: Buffer.from(h.app.key), migrate: false });
}

/** Database and key ring together: "nothing was written" means neither changed. */
export function stateChecksum(h: Harness, conn: DbHandle): string {
  const ring = existsSync(KeyRing.pathIn(h.dir)) ? readFileSync(KeyRing.pathIn(h.dir)) : Buffer.alloc(0);
  return createHash('sha256').update(databaseChecksum(conn.sqlite)).update(ring).digest('hex');
}
