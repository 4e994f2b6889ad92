import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, parse, resolve } from 'node:path';
import { APP_VERSION } from '../core/version';
import {
  BackupError,
  backupFolder,
  createBackup,
  DEFAULT_BACKUP_SUBFOLDER,
  installBackup,
  listBackups,
  openBackupReadOnly,
  readBackupConfig,
  readBackupState,
  ringForRestore,
  rotateBackups,
  updateBackupState,
  usersOf,
  verifyBackup,
  writeBackupConfig,
  type BackupManifest,
  type BackupPhase,
  type ListedBackup,
} from '../../db/backup';
import { KEYRING_FILE, KeyRing, type KeyRingData } from '../../db/keyring';
import { DATABASE_FILE, defaultMigrationsFolder, type DbHandle } from '../../db/open';
import { appendAudit, findAuditHash, verifyAuditChain } from '../../db/repositories/audit';
import { findUserById } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import type { BackupConfigView, BackupSummary } from '../contract/methods/backup';
import type { AppContext } from './app-context';
import { requireUser, type HandlerGroup } from './call-context';
import { DomainError, invalid } from './errors';

export { APP_VERSION };
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** Everyone's Today list warns when the last good backup is older than this. */
export const BACKUP_WARNING_AFTER_MS = 2 * 24 * 60 * 60 * 1000;
/** After a failed automatic backup (USB disk not plugged in, share offline), try again this much later. */
export const BACKUP_RETRY_MS = 60 * 60 * 1000;

export interface BackupTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
export const realTimers: BackupTimers = {
  set: (fn, ms) => {
    const t = setTimeout(fn, Math.min(ms, 2 ** 31 - 1));
    t.unref?.();
    return t;
  },
  clear: (h) => clearTimeout(h as NodeJS.Timeout),
};

function errorFor(err: unknown): DomainError {
  if (err instanceof DomainError) return err;
  if (err instanceof BackupError) {
    switch (err.reason) {
      case 'folderMissing':
        return new DomainError('CONFLICT', 'errors.backupFolderMissing');
      case 'folderNotWritable':
        return new DomainError('CONFLICT', 'errors.backupFolderNotWritable');
      case 'verifyFailed':
        return new DomainError('CONFLICT', 'errors.backupVerifyFailed');
      case 'notFound':
        return new DomainError('NOT_FOUND', 'errors.backupNotFound');
      case 'damaged':
        return new DomainError('CONFLICT', 'errors.backupDamaged');
      case 'wrongKey':
        return new DomainError('BAD_CREDENTIALS', 'errors.backupWrongKey');
    }
  }
  return new DomainError('CONFLICT', 'errors.backupFailed');
}

/**
 * Automatic backups: one when the database is first opened in this run (start-up), then one every
 * 24 hours while it stays open; a re-open later in the day backs up only if one is due. Runs are
 * serialised; closing the database waits for a running one.
 */
export class BackupScheduler {
  private job: Promise<{ path: string; manifest: BackupManifest }> | null = null;
  private progress_: { phase: BackupPhase; percent: number; startedAt: string } | null = null;
  private timer: unknown = null;
  private nextAt: number | null = null;
  private startedOnce = false;

  constructor(
    private readonly app: AppContext,
    private readonly timers: BackupTimers,
    private readonly enabled: boolean,
    private readonly log: (msg: string, err: unknown) => void = console.error,
  ) {}

  get progress() {
    return this.progress_;
  }
  get nextAutomaticAt(): number | null {
    return this.nextAt;
  }

  lastGoodAt(): number | null {
    const at = lastGood(this.app)?.at;
    return at ? Date.parse(at) : null;
  }

  /** Called by AppContext once the database is open. */
  databaseOpened(): void {
    if (!this.enabled || !readBackupConfig(this.app.dataDir).automatic) return;
    const last = this.lastGoodAt();
    const due = !this.startedOnce || last === null || this.app.now() - last >= BACKUP_INTERVAL_MS;
    this.startedOnce = true;
    if (due) void this.runAutomatic();
    else this.schedule();
  }

  /** Re-plans the timer (after a settings change). */
  reschedule(): void {
    if (this.job) return; // the running job schedules the next one when it ends
    this.schedule();
  }

  private schedule(): void {
    this.cancelTimer();
    if (!this.enabled || !this.app.isOpen || !readBackupConfig(this.app.dataDir).automatic) return;
    const last = this.lastGoodAt();
    const failed = readBackupState(this.app.dataDir).lastAttempt?.ok === false;
    const now = this.app.now();
    const dueIn = last === null ? 0 : last + BACKUP_INTERVAL_MS - now;
    const delay = failed ? Math.max(BACKUP_RETRY_MS, dueIn) : Math.max(60_000, dueIn);
    this.nextAt = now + delay;
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.runAutomatic();
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.nextAt = null;
  }

  private async runAutomatic(): Promise<void> {
    try {
      await this.run('automatic');
    } catch (err) {
      this.log('automatic backup failed', err);
    } finally {
      if (this.app.isOpen) this.schedule();
    }
  }

  run(kind: 'automatic' | 'manual'): Promise<{ path: string; manifest: BackupManifest }> {
    if (this.job) return this.job;
    this.job = this.doRun(kind).finally(() => {
      this.job = null;
      this.progress_ = null;
    });
    return this.job;
  }

  private async doRun(kind: 'automatic' | 'manual'): Promise<{ path: string; manifest: BackupManifest }> {
    const { app } = this;
    const dataDir = app.dataDir;
    const key = Buffer.from(app.key);
    const startedAt = app.nowIso();
    this.progress_ = { phase: 'copying', percent: 0, startedAt };
    try {
      const config = readBackupConfig(dataDir);
      const folder = backupFolder(dataDir, config);
      const created = await createBackup({
        handle: app.handle,
        key,
        dataDir,
        folder,
        createFolder: config.folder === null,
        now: () => app.now(),
        appVersion: APP_VERSION,
        centreName: app.ring.publicInfo.centreName,
        kind,
        onProgress: (phase, percent) => {
          this.progress_ = { phase, percent, startedAt };
        },
      });
      rotateBackups(folder, config.rotation);
      updateBackupState(dataDir, {
        lastGood: { at: created.manifest.createdAt, folder, name: created.manifest.name },
        lastAttempt: { at: startedAt, ok: true, error: null },
        auditMark: created.manifest.auditTail,
      });
      this.progress_ = { phase: 'done', percent: 100, startedAt };
      return created;
    } catch (err) {
      try {
        updateBackupState(dataDir, { lastAttempt: { at: startedAt, ok: false, error: errorFor(err).messageKey } });
      } catch {
        // The data folder itself is gone (tests removing it, a disk failure): nothing more to record.
      }
      throw err;
    } finally {
      key.fill(0);
    }
  }

  /** Waits for a running backup, if any (tests, and the restore). */
  async idle(): Promise<void> {
    if (this.job) await this.job.catch(() => {});
  }

  /** Stops the timer and waits for a running backup (before the database closes). */
  async stop(): Promise<void> {
    this.cancelTimer();
    if (this.job) await this.job.catch(() => {});
  }
}

function lastGood(app: AppContext): { at: string; folder: string; name: string } | null {
  const state = readBackupState(app.dataDir);
  if (state.lastGood) return state.lastGood;
  const folder = backupFolder(app.dataDir);
  const newest = listBackups(folder).find((b) => b.status === 'ok');
  return newest?.manifest ? { at: newest.manifest.createdAt, folder, name: newest.name } : null;
}

function summaryOf(b: ListedBackup): BackupSummary {
  const m = b.manifest;
  return {
    name: b.name,
    status: b.status,
    createdAt: m?.createdAt ?? null,
    kind: m?.kind ?? null,
    appVersion: m?.appVersion ?? null,
    centreName: m?.centreName ?? null,
    sizeBytes: m?.files.database.bytes ?? null,
    counts: m
      ? { users: m.rowCounts.users ?? 0, clients: m.rowCounts.clients ?? 0, cases: m.rowCounts.cases ?? 0, auditEntries: m.rowCounts.audit_log ?? 0 }
      : null,
  };
}

function manifestSummary(path: string, manifest: BackupManifest): BackupSummary {
  return summaryOf({ name: manifest.name, path, status: 'ok', manifest });
}

function configView(dataDir: string): BackupConfigView {
  const c = readBackupConfig(dataDir);
  return {
    folder: backupFolder(dataDir, c),
    isDefaultFolder: c.folder === null,
    defaultFolder: join(dataDir, DEFAULT_BACKUP_SUBFOLDER),
    automatic: c.automatic,
    ...c.rotation,
  };
}

/** A folder typed by a person: absolute, and (for writing) an existing folder we can write to. */
function checkedFolder(folder: string, path: string, opts: { writable: boolean }): string {
  if (!isAbsolute(folder)) throw invalid(path, ['validation.backupFolderAbsolute']);
  const abs = resolve(folder);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) throw invalid(path, ['validation.backupFolderMissing']);
  if (opts.writable) {
    // The system disk's root is never a backup folder on Linux/macOS (a drive root such as E:\ on Windows is fine).
    if (process.platform !== 'win32' && parse(abs).root === abs) throw invalid(path, ['validation.backupFolderNotWritable']);
    const probe = join(abs, `.atvejis-write-test-${randomBytes(6).toString('hex')}`);
    try {
      writeFileSync(probe, 'ok');
      unlinkSync(probe);
    } catch {
      throw invalid(path, ['validation.backupFolderNotWritable']);
    }
  }
  return abs;
}

function localMigrationCount(app: AppContext): number {
  const folder = app.migrationsFolder ?? defaultMigrationsFolder();
  return (JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;
}

function refuseTooNew(app: AppContext, manifest: BackupManifest): void {
  if (manifest.schema.migrations > localMigrationCount(app)) throw new DomainError('CONFLICT', 'errors.backupTooNew', { version: manifest.appVersion });
}

function backupPath(folder: string, name: string): string {
  const path = join(folder, name);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new DomainError('NOT_FOUND', 'errors.backupNotFound');
  return path;
}

function ringDataOf(dir: string): KeyRingData {
  try {
    return JSON.parse(readFileSync(join(dir, KEYRING_FILE), 'utf8')) as KeyRingData;
  } catch {
    throw new DomainError('CONFLICT', 'errors.backupDamaged');
  }
}

function restoredRing(path: string, key: Buffer, backupRing: KeyRingData, currentRing: KeyRingData | null, sameKey: boolean): string {
  const sqlite = openBackupReadOnly(join(path, DATABASE_FILE), key);
  try {
    return ringForRestore(backupRing, currentRing, sameKey, usersOf(sqlite));
  } finally {
    sqlite.close();
  }
}

/** Puts the kept-aside files back after a restore that could not be opened. */
function undoInstall(dataDir: string, keptAside: string | null): void {
  for (const f of [DATABASE_FILE, KEYRING_FILE]) rmSync(join(dataDir, f), { force: true });
  if (!keptAside) return;
  for (const f of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, KEYRING_FILE]) {
    if (existsSync(join(keptAside, f))) renameSync(join(keptAside, f), join(dataDir, f));
  }
  rmSync(keptAside, { recursive: true, force: true });
}

export const backupHandlers: HandlerGroup<
  | 'backup.status'
  | 'backup.config.get'
  | 'backup.config.update'
  | 'backup.run'
  | 'backup.list'
  | 'backup.listAtFirstRun'
  | 'backup.restore'
  | 'backup.restoreAtFirstRun'
  | 'backup.warning'
  | 'audit.verify'
> = {
  'backup.status': async (_input, { app }) => {
    const config = readBackupConfig(app.dataDir);
    const state = readBackupState(app.dataDir);
    const good = lastGood(app);
    const progress = app.backups.progress;
    const next = app.backups.nextAutomaticAt;
    return {
      folder: backupFolder(app.dataDir, config),
      lastGood: good ? { ...good, ageHours: Math.round(((app.now() - Date.parse(good.at)) / 3_600_000) * 10) / 10 } : null,
      lastAttempt: state.lastAttempt ? { at: state.lastAttempt.at, ok: state.lastAttempt.ok, messageKey: state.lastAttempt.error } : null,
      running: progress,
      automatic: config.automatic,
      nextAutomaticAt: next === null ? null : new Date(next).toISOString(),
    };
  },

  'backup.config.get': async (_input, { app }) => configView(app.dataDir),

  'backup.config.update': async (input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const defaultFolder = join(app.dataDir, DEFAULT_BACKUP_SUBFOLDER);
    let folder: string | null = null;
    if (input.folder !== '') {
      const abs = resolve(input.folder);
      folder = abs === resolve(defaultFolder) ? null : checkedFolder(input.folder, 'folder', { writable: true });
    }
    const before = configView(app.dataDir);
    const next = { folder, automatic: input.automatic, rotation: { keepDaily: input.keepDaily, keepWeekly: input.keepWeekly, keepMonthly: input.keepMonthly } };
    writeBackupConfig(app.dataDir, next);
    const after = configView(app.dataDir);
    await withTransaction(app.handle, (db) =>
      appendAudit(db, { at: app.nowIso(), userId: actor.id, username: actor.username, action: 'backup.configUpdate', entityType: 'centre', entityId: '1', details: { before, after } }),
    );
    app.backups.reschedule();
    return after;
  },

  'backup.run': async (_input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    let created;
    try {
      created = await app.backups.run('manual');
    } catch (err) {
      throw errorFor(err);
    }
    await withTransaction(app.handle, (db) =>
      appendAudit(db, {
        at: app.nowIso(),
        userId: actor.id,
        username: actor.username,
        action: 'backup.run',
        entityType: 'backup',
        entityId: created.manifest.name,
        details: { folder: created.path, rowCounts: created.manifest.rowCounts },
      }),
    );
    return manifestSummary(created.path, created.manifest);
  },

  'backup.list': async ({ folder }, { app }) => {
    const where = folder === undefined ? backupFolder(app.dataDir) : checkedFolder(folder, 'folder', { writable: false });
    return { folder: where, backups: listBackups(where).map(summaryOf) };
  },

  'backup.listAtFirstRun': async ({ folder }, { app }) => {
    if (app.initialised) throw new DomainError('ALREADY_INITIALISED', 'errors.alreadyInitialised');
    const where = checkedFolder(folder, 'folder', { writable: false });
    return { folder: where, backups: listBackups(where).map(summaryOf) };
  },

  'backup.restore': async ({ folder, name, password }, ctx) => {
    const { app, session } = ctx;
    const actor = requireUser(ctx);
    // A destructive act: the administrator confirms with their own password.
    const confirmed = await app.ring.openSlot(actor.username, password);
    if (!confirmed) throw new DomainError('BAD_CREDENTIALS', 'errors.badCredentials');
    const where = folder === undefined ? backupFolder(app.dataDir) : checkedFolder(folder, 'folder', { writable: false });
    const path = backupPath(where, name);
    const backupRing = ringDataOf(path);

    // The same centre's backup opens with today's key; another centre's with this administrator's password there.
    let key: Buffer = Buffer.from(app.key);
    let sameKey = true;
    let manifest: BackupManifest;
    try {
      manifest = await verifyBackup(path, key);
    } catch (err) {
      if (!(err instanceof BackupError && err.reason === 'wrongKey')) throw errorFor(err);
      const other = await KeyRing.load(path).openSlot(actor.username, password);
      if (!other) throw new DomainError('BAD_CREDENTIALS', 'errors.backupWrongKey');
      key = other.dbKey;
      sameKey = false;
      try {
        manifest = await verifyBackup(path, key);
      } catch (err2) {
        throw errorFor(err2);
      }
    }
    refuseTooNew(app, manifest);
    const currentRing = ringDataOf(app.dataDir);
    const ringText = restoredRing(path, key, backupRing, currentRing, sameKey);
    const originalKey = Buffer.from(app.key);

    // Everyone else is signed out; the database closes, is replaced, and opens again.
    app.endAllSessionsExcept(session.id);
    await app.backups.stop();
    await app.closeDatabase();
    const { keptAside } = installBackup({ dataDir: app.dataDir, backupPath: path, ringText, now: app.now() });
    try {
      app.setRing(KeyRing.load(app.dataDir));
      await app.open(key);
    } catch (err) {
      ctx.app.endSession(session.id);
      await app.closeDatabase();
      undoInstall(app.dataDir, keptAside);
      app.setRing(KeyRing.load(app.dataDir));
      await app.open(originalKey).catch(() => {});
      throw errorFor(err);
    }
    updateBackupState(app.dataDir, { auditMark: manifest.auditTail });
    const still = await withRead(app.handle, (db) => findUserById(db, actor.id));
    const stays = !!still && still.username === actor.username && !still.disabledAt && still.roles.includes('admin');
    await withTransaction(app.handle, (db) =>
      appendAudit(db, {
        at: app.nowIso(),
        userId: stays ? actor.id : null,
        username: actor.username,
        action: 'backup.restore',
        entityType: 'backup',
        entityId: name,
        details: { folder: where, createdAt: manifest.createdAt, keptAside, rowCounts: manifest.rowCounts },
      }),
    );
    if (!stays) {
      app.endSession(session.id);
      await app.closeIfUnused();
    }
    return { restored: manifestSummary(path, manifest), keptAside, signedOut: !stays };
  },

  'backup.restoreAtFirstRun': async (input, { app }) => {
    if (app.initialised) throw new DomainError('ALREADY_INITIALISED', 'errors.alreadyInitialised');
    const where = checkedFolder(input.folder, 'folder', { writable: false });
    const path = backupPath(where, input.name);
    const backupRingData = ringDataOf(path);
    let ring: KeyRing;
    try {
      ring = KeyRing.load(path);
    } catch {
      throw new DomainError('CONFLICT', 'errors.backupDamaged');
    }
    let key: Buffer | null;
    if (input.method === 'password') key = (await ring.openSlot(input.username, input.password))?.dbKey ?? null;
    else key = ring.openWithRecoveryKey(input.recoveryKey);
    if (!key) throw new DomainError('BAD_CREDENTIALS', input.method === 'password' ? 'errors.badCredentials' : 'errors.badRecoveryKey');
    let manifest: BackupManifest;
    try {
      manifest = await verifyBackup(path, key);
    } catch (err) {
      throw errorFor(err);
    }
    refuseTooNew(app, manifest);
    const ringText = restoredRing(path, key, backupRingData, null, false);
    app.setAsideOrphanDatabase();
    const { keptAside } = installBackup({ dataDir: app.dataDir, backupPath: path, ringText, now: app.now() });
    const installed = KeyRing.load(app.dataDir);
    installed.queueAudit({
      at: app.nowIso(),
      action: 'backup.restoreAtFirstRun',
      username: input.method === 'password' ? input.username : '#recovery',
      details: { folder: where, name: input.name, createdAt: manifest.createdAt, keptAside },
    });
    installed.save();
    app.setRing(installed);
    updateBackupState(app.dataDir, { auditMark: manifest.auditTail });
    key.fill(0);
    return { restored: manifestSummary(path, manifest), keptAside };
  },

  'backup.warning': async (_input, { app }) => {
    // Right after the first sign-in the start-up backup is still running: answer once it has ended.
    await app.backups.idle();
    const good = lastGood(app);
    if (!good) return { warn: true, lastGoodAt: null, ageDays: null };
    const age = app.now() - Date.parse(good.at);
    return { warn: age > BACKUP_WARNING_AFTER_MS, lastGoodAt: good.at, ageDays: Math.floor(age / 86_400_000) };
  },

  'audit.verify': async (_input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const result = await checkAuditLog(app.handle, app.dataDir);
    await withTransaction(app.handle, (db) =>
      appendAudit(db, { at: app.nowIso(), userId: actor.id, username: actor.username, action: 'audit.verify', details: { ...result } }),
    );
    return result;
  },
};

/**
 * The audit log's hash chain from the first entry, plus a tail check: the entry recorded at the latest
 * backup (id and hash, in atvejis.backup.json) must still be there unchanged, else the log was cut short.
 */
export async function checkAuditLog(handle: DbHandle, dataDir: string): Promise<{ ok: boolean; checked: number; firstBrokenId: number | null; truncated: boolean }> {
  const mark = readBackupState(dataDir).auditMark;
  return withRead(handle, async (db) => {
    const chain = await verifyAuditChain(db);
    let truncated = false;
    if (mark) {
      truncated = (await findAuditHash(db, mark.id)) !== mark.hash;
    }
    return { ok: chain.ok && !truncated, checked: chain.checked, firstBrokenId: chain.firstBrokenId, truncated };
  });
}

