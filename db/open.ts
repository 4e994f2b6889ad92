// "better-sqlite3" is installed as an alias of better-sqlite3-multiple-ciphers (see package.json), so
// drizzle's driver and this file load the one encrypting build.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';
import { AsyncLock } from './lock';
import { watchCallerTables } from './change-stamp';

export type Sqlite = InstanceType<typeof Database>;
export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite };

export const DATABASE_FILE = 'atvejis.db';

export interface DbHandle {
  readonly file: string;
  readonly sqlite: Sqlite;
  readonly db: Db;
  /** Serialises access: one writer transaction at a time, and no reader sees a half-done one. */
  readonly lock: AsyncLock;
  close(): void;
}

export class WrongKeyError extends Error {
  constructor() {
    super('The database key does not open this file');
  }
}

/** Finds db/migrations whether running from source (tsx) or from the bundled Electron main. */
export function defaultMigrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.ATVEJIS_MIGRATIONS,
    join(here, 'migrations'),
    join(here, '..', '..', 'db', 'migrations'),
    join(process.cwd(), 'db', 'migrations'),
    (process as { resourcesPath?: string }).resourcesPath ? join((process as { resourcesPath?: string }).resourcesPath!, 'migrations') : undefined,
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(join(p, 'meta', '_journal.json')));
  if (!found) throw new Error(`Migrations folder not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Exported for db/backup, which opens backup copies read-only with the same cipher settings. */
export function applyKey(sqlite: Sqlite, key: Buffer): void {
  // SQLCipher v4 format with a raw 256-bit key: no KDF inside SQLite, the key ring already did that.
  sqlite.pragma(`cipher='sqlcipher'`);
  sqlite.pragma('legacy=4');
  sqlite.pragma(`key="x'${key.toString('hex')}'"`);
  if (sqlite.pragma('cipher', { simple: true }) !== 'sqlcipher') {
    throw new Error('This SQLite build cannot encrypt; refusing to store personal data in the clear');
  }
}

/**
 * The only place that opens the database: key, pragmas, migrations.
 * WAL with synchronous=FULL so that a write acknowledged to the user survives a power cut.
 */
export function openDatabase(opts: { file: string; key: Buffer; migrationsFolder?: string; migrate?: boolean }): DbHandle {
  const sqlite = new Database(opts.file);
  try {
    applyKey(sqlite, opts.key);
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new WrongKeyError();
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Every page read from the encrypted file is decrypted; a 64 MB page cache keeps a centre's
    // working set decrypted in memory (the default 2 MB made client search at 100k cases 4× slower).
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('temp_store = MEMORY');
    const db = drizzle({ client: sqlite, schema });
    if (opts.migrate !== false) {
      migrate(db, { migrationsFolder: opts.migrationsFolder ?? defaultMigrationsFolder() });
      watchCallerTables(sqlite);
    }
    return {
      file: resolve(opts.file),
      sqlite,
      db,
      lock: new AsyncLock(),
      close: () => sqlite.close(),
    };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
