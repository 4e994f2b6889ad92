import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KEYRING_FILE, type KeyRingData } from '../keyring';
import { applyKey, DATABASE_FILE, type DbHandle, type Sqlite } from '../open';
import type { Rotation } from './config';
import { fsyncDir, fsyncFile, sha256File, stampOf, writeFileAtomic } from './files';

/**
 * One backup = one folder `atvejis-backup-<UTC time>` holding
 *   atvejis.db         an encrypted copy of the database (same cipher and key; VACUUM INTO),
 *   atvejis.keys.json  the key ring at that moment (so a password or the recovery key opens it on a new PC),
 *   manifest.json      time, app version, schema, row counts, SHA-256 of both files.
 * It is written as `<name>.partial`, verified, and only then renamed: a folder without `.partial`
 * is a backup that was checked after writing.
 */
export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_NAME_RE = /^atvejis-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d{1,4})?$/;

const fileEntry = z.object({ name: z.string(), bytes: z.number().int(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export const manifestSchema = z.object({
  format: z.literal('atvejis-backup'),
  version: z.literal(1),
  name: z.string(),
  createdAt: z.string(),
  kind: z.enum(['automatic', 'manual']),
  appVersion: z.string(),
  centreName: z.string(),
  schema: z.object({ migrations: z.number().int(), lastMigrationAt: z.number().nullable(), lastMigrationHash: z.string().nullable() }),
  rowCounts: z.record(z.string(), z.number().int()),
  auditTail: z.object({ id: z.number().int(), hash: z.string() }).nullable(),
  files: z.object({ database: fileEntry, keyRing: fileEntry }),
  verifiedAt: z.string(),
  durationMs: z.number(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export type BackupPhase = 'copying' | 'verifying' | 'hashing' | 'rotating' | 'done';
export type ProgressFn = (phase: BackupPhase, percent: number) => void;

export class BackupError extends Error {
  constructor(
    readonly reason: 'folderMissing' | 'folderNotWritable' | 'verifyFailed' | 'notFound' | 'damaged' | 'wrongKey',
    detail: string,
  ) {
    super(detail);
  }
}

/** Every table's row count (user tables and the migrations table; SQLite's internal ones aside). */
export function rowCounts(sqlite: Sqlite): Record<string, number> {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
}

function schemaInfo(sqlite: Sqlite): BackupManifest['schema'] {
  const has = sqlite.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).pluck().get() as number;
  if (!has) return { migrations: 0, lastMigrationAt: null, lastMigrationHash: null };
  const n = sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
  const last = sqlite.prepare('SELECT created_at AS at, hash FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1').get() as
    | { at: number; hash: string }
    | undefined;
  return { migrations: n, lastMigrationAt: last ? Number(last.at) : null, lastMigrationHash: last?.hash ?? null };
}

export function auditTail(sqlite: Sqlite): { id: number; hash: string } | null {
  const row = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  return row ?? null;
}

/** Opens a backup copy read-only with the key; throws BackupError('wrongKey') if the key does not open it. */
export function openBackupReadOnly(file: string, key: Buffer): Sqlite {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(sqlite, key);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return sqlite;
  } catch (err) {
    sqlite.close();
    if (err instanceof Error && /not a database|encrypted/i.test(err.message)) throw new BackupError('wrongKey', 'the key does not open this backup');
    throw err;
  }
}

/** The key ring as copied into a backup: no failure counts, no queued audit events (they belong to this PC's run). */
function ringForBackup(dataDir: string): string {
  const data = JSON.parse(readFileSync(join(dataDir, KEYRING_FILE), 'utf8')) as KeyRingData;
  return JSON.stringify({ ...data, failures: {}, pendingAudit: [] }, null, 2);
}

function uniqueName(folder: string, base: string): string {
  let name = base;
  for (let i = 2; existsSync(join(folder, name)) || existsSync(join(folder, `${name}.partial`)); i++) name = `${base}-${i}`;
  return name;
}

export interface CreateBackupOptions {
  handle: DbHandle;
  key: Buffer;
  dataDir: string;
  folder: string;
  /** Create the folder if missing (the default folder); a chosen folder (USB, share) must already exist. */
  createFolder: boolean;
  now: () => number;
  appVersion: string;
  centreName: string;
  kind: 'automatic' | 'manual';
  onProgress?: ProgressFn;
}

/**
 * An online backup while users keep working: VACUUM INTO under the database lock writes a consistent,
 * encrypted copy (SQLite3 Multiple Ciphers encrypts the target with the main database's cipher and key;
 * the backup API refuses an encrypted source). Then the copy is opened read-only with the key and checked.
 */
export async function createBackup(o: CreateBackupOptions): Promise<{ path: string; manifest: BackupManifest }> {
  const started = o.now();
  const t0 = performance.now();
  const progress = o.onProgress ?? (() => {});
  if (!existsSync(o.folder)) {
    if (!o.createFolder) throw new BackupError('folderMissing', `backup folder ${o.folder} does not exist`);
    mkdirSync(o.folder, { recursive: true, mode: 0o700 });
  }
  if (!statSync(o.folder).isDirectory()) throw new BackupError('folderMissing', `${o.folder} is not a folder`);
  const createdAt = new Date(started).toISOString();
  const name = uniqueName(o.folder, `atvejis-backup-${stampOf(createdAt)}`);
  const partial = join(o.folder, `${name}.partial`);
  try {
    mkdirSync(partial, { mode: 0o700 });
  } catch (err) {
    throw new BackupError('folderNotWritable', (err as Error).message);
  }
  try {
    progress('copying', 5);
    const dbCopy = join(partial, DATABASE_FILE);
    // Under the lock: no transaction is half-done, and the counts describe exactly what is copied.
    const source = await o.handle.lock.run(async () => {
      const counts = rowCounts(o.handle.sqlite);
      const schema = schemaInfo(o.handle.sqlite);
      const tail = auditTail(o.handle.sqlite);
      o.handle.sqlite.prepare('VACUUM INTO ?').run(dbCopy);
      const ring = ringForBackup(o.dataDir);
      return { counts, schema, tail, ring };
    });
    fsyncFile(dbCopy);
    const ringCopy = join(partial, KEYRING_FILE);
    writeFileSync(ringCopy, source.ring, { mode: 0o600 });
    fsyncFile(ringCopy);

    progress('verifying', 40);
    const check = openBackupReadOnly(dbCopy, o.key);
    try {
      const integrity = check.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new BackupError('verifyFailed', `integrity_check: ${String(integrity)}`);
      const counts = rowCounts(check);
      if (JSON.stringify(counts) !== JSON.stringify(source.counts)) {
        throw new BackupError('verifyFailed', `row counts differ: ${JSON.stringify(counts)} vs ${JSON.stringify(source.counts)}`);
      }
    } finally {
      check.close();
    }

    progress('hashing', 70);
    const database = { name: DATABASE_FILE, bytes: statSync(dbCopy).size, sha256: await sha256File(dbCopy) };
    const keyRing = { name: KEYRING_FILE, bytes: statSync(ringCopy).size, sha256: await sha256File(ringCopy) };
    const manifest: BackupManifest = {
      format: 'atvejis-backup',
      version: 1,
      name,
      createdAt,
      kind: o.kind,
      appVersion: o.appVersion,
      centreName: o.centreName,
      schema: source.schema,
      rowCounts: source.counts,
      auditTail: source.tail,
      files: { database, keyRing },
      verifiedAt: new Date(o.now()).toISOString(),
      durationMs: Math.round(performance.now() - t0),
    };
    writeFileAtomic(join(partial, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    const path = join(o.folder, name);
    renameSync(partial, path);
    fsyncDir(o.folder);
    progress('rotating', 90);
    return { path, manifest };
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw err;
  }
}

export interface ListedBackup {
  name: string;
  path: string;
  /** 'ok': manifest readable; 'damaged': a backup folder whose manifest is missing or unreadable. */
  status: 'ok' | 'damaged';
  manifest: BackupManifest | null;
}

export function readManifest(path: string): BackupManifest | null {
  try {
    return manifestSchema.parse(JSON.parse(readFileSync(join(path, MANIFEST_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/** The backups in a folder, newest first. Only folders with Atvejis's own naming are considered. */
export function listBackups(folder: string): ListedBackup[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  const out: ListedBackup[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || !BACKUP_NAME_RE.test(entry.name)) continue;
    const path = join(folder, entry.name);
    const manifest = readManifest(path);
    out.push({ name: entry.name, path, status: manifest && manifest.name === entry.name ? 'ok' : 'damaged', manifest });
  }
  return out.sort((a, b) => (b.manifest?.createdAt ?? b.name).localeCompare(a.manifest?.createdAt ?? a.name) || b.name.localeCompare(a.name));
}

/**
 * Full check of a backup before it is restored: both files' SHA-256 as in the manifest, the key opens
 * the database, integrity_check is ok and the row counts are the ones recorded when it was made.
 */
export async function verifyBackup(path: string, key: Buffer): Promise<BackupManifest> {
  const manifest = readManifest(path);
  if (!manifest) throw new BackupError('damaged', 'manifest missing or unreadable');
  for (const f of [manifest.files.database, manifest.files.keyRing]) {
    const file = join(path, f.name);
    if (!existsSync(file)) throw new BackupError('damaged', `${f.name} missing`);
    if ((await sha256File(file)) !== f.sha256) throw new BackupError('damaged', `${f.name} does not match its checksum`);
  }
  const sqlite = openBackupReadOnly(join(path, manifest.files.database.name), key);
  try {
    if (sqlite.pragma('integrity_check', { simple: true }) !== 'ok') throw new BackupError('damaged', 'integrity_check failed');
    if (JSON.stringify(rowCounts(sqlite)) !== JSON.stringify(manifest.rowCounts)) throw new BackupError('damaged', 'row counts differ from the manifest');
  } finally {
    sqlite.close();
  }
  return manifest;
}

function isoWeek(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const dayNum = d.getUTCDay() || 7; // Monday 1 … Sunday 7
  d.setUTCDate(d.getUTCDate() + 4 - dayNum); // the Thursday of this week decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Grandfather-father-son: the newest backup of each of the last `keepDaily` days that have one,
 * of the last `keepWeekly` ISO weeks and of the last `keepMonthly` months (UTC), and every backup of the
 * 24 hours before the newest one.
 */
export function backupsToKeep(backups: readonly { name: string; createdAt: string }[], rotation: Rotation): Set<string> {
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  if (!sorted[0]) return keep;
  // Everything from the last 24 hours stays: a "back up now" before a risky change is not replaced by the next run.
  const recent = Date.parse(sorted[0].createdAt) - 24 * 60 * 60 * 1000;
  for (const b of sorted) if (Date.parse(b.createdAt) >= recent) keep.add(b.name);
  const bucket = (keyOf: (iso: string) => string, limit: number) => {
    const seen = new Set<string>();
    for (const b of sorted) {
      const k = keyOf(b.createdAt);
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(b.name);
    }
  };
  bucket((iso) => iso.slice(0, 10), rotation.keepDaily);
  bucket(isoWeek, rotation.keepWeekly);
  bucket((iso) => iso.slice(0, 7), rotation.keepMonthly);
  return keep;
}

/** Deletes the verified backups the rotation does not keep, and leftovers of interrupted runs. Damaged folders are left for a person to look at. */
export function rotateBackups(folder: string, rotation: Rotation): string[] {
  const all = listBackups(folder).filter((b) => b.status === 'ok' && b.manifest);
  const keep = backupsToKeep(all.map((b) => ({ name: b.name, createdAt: b.manifest!.createdAt })), rotation);
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.name)) continue;
    rmSync(b.path, { recursive: true, force: true });
    removed.push(b.name);
  }
  for (const entry of readdirSync(folder)) {
    if (entry.endsWith('.partial') && BACKUP_NAME_RE.test(entry.slice(0, -'.partial'.length))) {
      rmSync(join(folder, entry), { recursive: true, force: true });
    }
  }
  return removed;
}

/**
 * Puts a verified backup in place of the data folder's database and key ring. The current files are
 * first moved (not deleted) into `<dataDir>/before-restore-<time>/`. The new files are copied beside
 * their final names and renamed in last, so a crash leaves either the old set aside and no database
 * (the first-run screen, from which the restore can be done again) or the restored set.
 */
export function installBackup(o: { dataDir: string; backupPath: string; ringText: string; now: number }): { keptAside: string | null } {
  const dbFile = join(o.dataDir, DATABASE_FILE);
  const ringFile = join(o.dataDir, KEYRING_FILE);
  const incomingDb = `${dbFile}.restoring`;
  const incomingRing = `${ringFile}.restoring`;
  copyFileSync(join(o.backupPath, DATABASE_FILE), incomingDb);
  fsyncFile(incomingDb);
  writeFileSync(incomingRing, o.ringText, { mode: 0o600 });
  fsyncFile(incomingRing);

  let keptAside: string | null = null;
  const current = [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, ringFile].filter((f) => existsSync(f));
  if (current.length) {
    keptAside = join(o.dataDir, `before-restore-${stampOf(new Date(o.now).toISOString())}`);
    for (let i = 2; existsSync(keptAside); i++) keptAside = join(o.dataDir, `before-restore-${stampOf(new Date(o.now).toISOString())}-${i}`);
    mkdirSync(keptAside, { mode: 0o700 });
    for (const f of current) renameSync(f, join(keptAside, f.slice(o.dataDir.length + 1)));
    fsyncDir(keptAside);
  }
  renameSync(incomingDb, dbFile);
  renameSync(incomingRing, ringFile);
  fsyncDir(o.dataDir);
  return { keptAside };
}

/**
 * The key ring to install with a restored database. Same database key (the same centre): each user
 * in the restored database keeps the newer of their two slots (today's password if they still have
 * one, else the one from the backup). Another key: the backup's ring as it is.
 */
export function ringForRestore(
  backupRing: KeyRingData,
  currentRing: KeyRingData | null,
  sameKey: boolean,
  restoredUsers: readonly { id: number; username: string; disabled: boolean }[],
): string {
  const base = sameKey && currentRing ? currentRing : backupRing;
  const slots = restoredUsers
    .filter((u) => !u.disabled)
    .map((u) => {
      const now = sameKey ? currentRing?.slots.find((s) => s.userId === u.id && s.username === u.username) : undefined;
      return now ?? backupRing.slots.find((s) => s.userId === u.id && s.username === u.username);
    })
    .filter((s): s is KeyRingData['slots'][number] => !!s);
  return JSON.stringify({ ...base, slots, failures: {}, pendingAudit: [], publicInfo: backupRing.publicInfo }, null, 2);
}

/** Users of a restored database (read from the verified backup copy). */
export function usersOf(sqlite: Sqlite): { id: number; username: string; disabled: boolean }[] {
  return (sqlite.prepare('SELECT id, username, disabled_at AS disabledAt FROM users').all() as { id: number; username: string; disabledAt: string | null }[]).map(
    (u) => ({ id: u.id, username: u.username, disabled: u.disabledAt !== null }),
  );
}
