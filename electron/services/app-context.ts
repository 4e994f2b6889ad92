import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { KeyRing } from '../../db/keyring';
import { DATABASE_FILE, openDatabase, type DbHandle } from '../../db/open';
import { appendAudit, type AuditInput } from '../../db/repositories/audit';
import { withTransaction } from '../../db/transaction';
import { BackupScheduler, realTimers, type BackupTimers } from './backup';
import { DomainError } from './errors';

export interface Session {
  readonly id: string;
  userId: number | null;
  locked: boolean;
  lastActivity: number;
}

export interface AppOptions {
  dataDir: string;
  migrationsFolder?: string;
  /** Injected so tests can move time (lockout, idle lock) without waiting. */
  now?: () => number;
  /** Automatic backups at start-up and every 24 h (issue 6); on unless a caller turns them off. */
  automaticBackups?: boolean;
  /** Injected so tests can fire the 24-hour backup timer. */
  backupTimers?: BackupTimers;
}

/**
 * What the services share: the data folder, the key ring, the open database (only once someone
 * has signed in, since the key is wrapped by the users' passwords), and the sessions.
 */
export class AppContext {
  readonly dataDir: string;
  readonly migrationsFolder: string | undefined;
  private readonly clock: () => number;
  private handle_: DbHandle | null = null;
  private dbKey: Buffer | null = null;
  private ring_: KeyRing | null = null;
  private readonly sessions = new Map<string, Session>();
  readonly backups: BackupScheduler;

  constructor(opts: AppOptions) {
    this.dataDir = opts.dataDir;
    this.migrationsFolder = opts.migrationsFolder;
    this.clock = opts.now ?? Date.now;
    this.backups = new BackupScheduler(this, opts.backupTimers ?? realTimers, opts.automaticBackups ?? true);
    if (KeyRing.exists(this.dataDir)) this.ring_ = KeyRing.load(this.dataDir);
  }

  now(): number {
    return this.clock();
  }
  nowIso(): string {
    return new Date(this.clock()).toISOString();
  }

  get dbFile(): string {
    return join(this.dataDir, DATABASE_FILE);
  }

  get initialised(): boolean {
    return this.ring_ !== null && existsSync(this.dbFile);
  }

  get ring(): KeyRing {
    if (!this.ring_) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
    return this.ring_;
  }

  setRing(ring: KeyRing): void {
    this.ring_ = ring;
  }

  get isOpen(): boolean {
    return this.handle_ !== null;
  }

  /** The open database; services behind a signed-in check can rely on it. */
  get handle(): DbHandle {
    if (!this.handle_) throw new DomainError('UNAUTHENTICATED', 'errors.signInRequired');
    return this.handle_;
  }

  get key(): Buffer {
    if (!this.dbKey) throw new DomainError('UNAUTHENTICATED', 'errors.signInRequired');
    return this.dbKey;
  }

  /** Opens the database with a key from a slot, then writes any audit events queued while it was closed. */
  async open(dbKey: Buffer): Promise<void> {
    if (this.handle_) return;
    this.handle_ = openDatabase({ file: this.dbFile, key: dbKey, migrationsFolder: this.migrationsFolder });
    this.dbKey = dbKey;
    const pending = this.ring.takePendingAudit();
    if (pending.length) {
      await withTransaction(this.handle_, async (db) => {
        for (const p of pending) await appendAudit(db, { at: p.at, userId: null, username: p.username, action: p.action, details: p.details });
      });
      this.ring.save();
    }
    this.backups.databaseOpened();
  }

  /** Closes the database and forgets the key once nobody is signed in. */
  async closeIfUnused(): Promise<void> {
    const h = this.handle_;
    if (!h || [...this.sessions.values()].some((s) => s.userId !== null)) return;
    await this.closeDatabase();
  }

  /** Closes the database whoever is signed in (a restore replaces it); waits for a running backup first. */
  async closeDatabase(): Promise<void> {
    await this.backups.stop();
    const h = this.handle_;
    if (!h) return;
    await h.lock.run(async () => h.close());
    this.handle_ = null;
    this.dbKey?.fill(0);
    this.dbKey = null;
  }

  async shutdown(): Promise<void> {
    this.sessions.clear();
    await this.closeIfUnused();
  }

  /** A database file with no key ring can never be opened again; keep it aside rather than delete it. */
  setAsideOrphanDatabase(): void {
    if (!this.ring_ && existsSync(this.dbFile)) {
      const stamp = new Date(this.clock()).toISOString().replace(/[:.]/g, '-');
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(this.dbFile + suffix)) renameSync(this.dbFile + suffix, `${this.dbFile}.orphaned-${stamp}${suffix}`);
      }
    }
  }

  /** Audit from outside a transaction (sign-in and the like); queued in the key ring while the database is closed. */
  async audit(entry: Omit<AuditInput, 'at'>): Promise<void> {
    if (this.handle_) {
      await withTransaction(this.handle_, (db) => appendAudit(db, { ...entry, at: this.nowIso() }));
    } else if (this.ring_) {
      this.ring_.queueAudit({ at: this.nowIso(), action: entry.action, username: entry.username ?? '', details: entry.details ?? {} });
      this.ring_.save();
    }
  }

  session(id: string): Session {
    let s = this.sessions.get(id);
    if (!s) {
      s = { id, userId: null, locked: false, lastActivity: this.clock() };
      this.sessions.set(id, s);
    }
    return s;
  }

  endSession(id: string): void {
    this.sessions.delete(id);
  }

  endAllSessionsExcept(id: string): void {
    for (const key of [...this.sessions.keys()]) if (key !== id) this.sessions.delete(key);
  }

  endSessionsOf(userId: number): void {
    for (const [id, s] of this.sessions) if (s.userId === userId) this.sessions.delete(id);
  }
}
