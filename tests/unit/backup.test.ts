// Issue 6, item 1: automatic and manual backups, encrypted like the database, verified, rotated.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { backupsToKeep, listBackups, manifestSchema, readBackupState, sha256File, BACKUP_CONFIG_FILE } from '../../db/backup';
import { openDatabase } from '../../db/open';
import { AppContext } from '../../electron/services/app-context';
import type { BackupTimers } from '../../electron/services/backup';
import { createDispatcher } from '../../electron/services/dispatcher';
import { rowCount, secondConnection } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { ADMIN, addUser, makeCentre, OWN_PASSWORD, type Harness } from '../support/harness';

let h: (Harness & { recoveryKey: string }) | undefined;
const extraDirs: string[] = [];
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const d of extraDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'atvejis-bk-'));
  extraDirs.push(d);
  return d;
}

async function centre() {
  const c = (h = await makeCentre({ automaticBackups: true }));
  await c.app.backups.idle(); // the start-up backup the first sign-in started
  return c;
}

const DAY = 86_400_000;

/** Moves the clock; sessions the idle lock closed meanwhile are unlocked again with their passwords. */
async function later(c: Harness, ms: number, who: [string, string][] = [['admin', ADMIN.password]]): Promise<void> {
  c.tick(ms);
  for (const [session, password] of who) {
    if ((await c.call(session, 'auth.session', {})).locked) await c.call(session, 'auth.unlock', { password });
  }
}

describe('a backup', () => {
  test('the first sign-in makes a start-up backup in <data>/backups: a folder with the database, the key ring and a manifest', async () => {
    const c = await centre();
    const backups = listBackups(join(c.dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]!.status).toBe('ok');
    expect(readdirSync(backups[0]!.path).sort()).toEqual(['atvejis.db', 'atvejis.keys.json', 'manifest.json']);
    expect(backups[0]!.manifest!.kind).toBe('automatic');
    expect(readBackupState(c.dir).lastGood?.name).toBe(backups[0]!.name);
  });

  test('is encrypted: no plaintext in the file, "not a database" without the key, opens with the key and holds the data', async () => {
    const c = await centre();
    const made = await c.call('admin', 'backup.run', {});
    const file = join(c.dir, 'backups', made.name, 'atvejis.db');
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('Vilniaus socialinių paslaugų centras'))).toBe(false);
    expect(bytes.includes(Buffer.from(ADMIN.fullName))).toBe(false);
    expect(bytes.includes(Buffer.from('audit_log'))).toBe(false);

    const plain = new Database(file, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();

    const opened = openDatabase({ file, key: Buffer.from(c.app.key), migrate: false });
    try {
      expect(opened.sqlite.prepare('SELECT full_name FROM users').pluck().all()).toEqual([ADMIN.fullName]);
      expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      opened.close();
    }
  });

  test('the manifest records time, version, schema, row counts matching the database, and each file’s SHA-256', async () => {
    const c = await centre();
    await addUser(c, 'cm', { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager'] });
    const made = await c.call('admin', 'backup.run', {});
    const dir = join(c.dir, 'backups', made.name);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
    expect(manifest.createdAt).toBe('2026-11-23T09:00:00.000Z');
    expect(manifest.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.schema.migrations).toBe(JSON.parse(readFileSync('db/migrations/meta/_journal.json', 'utf8')).entries.length);
    expect(manifest.files.database.sha256).toBe(await sha256File(join(dir, 'atvejis.db')));
    expect(manifest.files.keyRing.sha256).toBe(await sha256File(join(dir, 'atvejis.keys.json')));
    expect(made.counts).toMatchObject({ users: 2 });

    // The counts are those of the database at that moment, table by table (the manual run's own audit entry came after).
    const db = secondConnection(c);
    try {
      for (const [table, n] of Object.entries(manifest.rowCounts)) {
        expect(rowCount(db.sqlite, table), table).toBe(table === 'audit_log' ? n + 1 : n);
      }
      expect(Object.keys(manifest.rowCounts)).toContain('clients');
    } finally {
      db.close();
    }
    // The key ring copy is the centre's ring, without this PC's failure counters.
    const ring = JSON.parse(readFileSync(join(dir, 'atvejis.keys.json'), 'utf8'));
    expect(ring.slots.map((s: { username: string }) => s.username).sort()).toEqual(['admin', 'jonas']);
    expect(ring.failures).toEqual({});
  });

  test('users keep working during a backup: writes made meanwhile succeed, and the backup is consistent', async () => {
    const c = await centre();
    const running = c.call('admin', 'backup.run', {});
    const settings = await c.call('admin', 'settings.get', {});
    const writes = Promise.all([
      c.call('admin', 'settings.update', { ...settings, autoLockMinutes: 15 }),
      c.call('admin', 'users.create', { fullName: 'Per Kopiją', username: 'perkopija', roles: ['case_manager'], language: 'lt', temporaryPassword: 'Laikinas-Slaptas-5' }),
    ]);
    const [made] = await Promise.all([running, writes]);
    expect((await c.call('admin', 'settings.get', {})).autoLockMinutes).toBe(15);
    const dir = join(c.dir, 'backups', made.name);
    const copy = openDatabase({ file: join(dir, 'atvejis.db'), key: Buffer.from(c.app.key), migrate: false });
    try {
      const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
      expect(rowCount(copy.sqlite, 'users')).toBe(manifest.rowCounts.users);
      expect(rowCount(copy.sqlite, 'audit_log')).toBe(manifest.rowCounts.audit_log);
    } finally {
      copy.close();
    }
  });

  test('status shows the last good backup, its age and where; a manual run with progress phases', async () => {
    const c = await centre();
    await later(c, 3 * 3_600_000);
    let status = await c.call('admin', 'backup.status', {});
    expect(status.folder).toBe(join(c.dir, 'backups'));
    expect(status.lastGood?.ageHours).toBe(3);
    expect(status.lastAttempt?.ok).toBe(true);
    expect(status.automatic).toBe(true);
    expect(status.nextAutomaticAt).toBe('2026-11-24T09:00:00.000Z');

    const seen: string[] = [];
    const run = c.call('admin', 'backup.run', {});
    // While it runs, backup.status reports the phase.
    for (let i = 0; i < 50 && seen.length < 1; i++) {
      const s = await c.call('admin', 'backup.status', {});
      if (s.running) seen.push(s.running.phase);
      await new Promise((r) => setImmediate(r));
    }
    const made = await run;
    expect(seen.length).toBeGreaterThan(0);
    status = await c.call('admin', 'backup.status', {});
    expect(status.running).toBeNull();
    expect(status.lastGood).toMatchObject({ name: made.name, ageHours: 0 });
    const list = await c.call('admin', 'backup.list', {});
    expect(list.backups.map((b) => b.name)).toContain(made.name);
    expect(list.backups.find((b) => b.name === made.name)).toMatchObject({ status: 'ok', kind: 'manual', counts: { users: 1 } });
  });

  test('only administrators back up, see the status or change the settings; everyone sees the warning', async () => {
    const c = await centre();
    await addUser(c, 'cm', { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager', 'supervisor'] });
    for (const m of ['backup.run', 'backup.status', 'backup.config.get', 'backup.list', 'audit.verify'] as const) {
      expectError(await c.raw('cm', m, {}), 'FORBIDDEN');
    }
    expect((await c.call('cm', 'backup.warning', {})).warn).toBe(false);
  });
});

describe('the backup warning on the Today list', () => {
  test('appears when the last good backup is older than 2 days, and goes once a backup is made', async () => {
    const c = await centre();
    await addUser(c, 'cm', { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager'] });
    const both: [string, string][] = [['admin', ADMIN.password], ['cm', OWN_PASSWORD]];
    await later(c, 2 * DAY - 60_000, both);
    expect(await c.call('cm', 'backup.warning', {})).toMatchObject({ warn: false, ageDays: 1 });
    await later(c, 2 * 60_000, both);
    expect(await c.call('cm', 'backup.warning', {})).toEqual({ warn: true, lastGoodAt: '2026-11-23T09:00:00.000Z', ageDays: 2 });
    await c.call('admin', 'backup.run', {});
    expect((await c.call('cm', 'backup.warning', {})).warn).toBe(false);
  });

  test('a failed backup (the chosen USB folder is gone) does not count as good, and says why', async () => {
    const c = await centre();
    const usb = tempDir();
    await c.call('admin', 'backup.config.update', { folder: usb, automatic: true, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    rmSync(usb, { recursive: true, force: true });
    await later(c, 3 * DAY);
    expectError(await c.raw('admin', 'backup.run', {}), 'CONFLICT', 'errors.backupFolderMissing');
    const status = await c.call('admin', 'backup.status', {});
    expect(status.lastAttempt).toMatchObject({ ok: false, messageKey: 'errors.backupFolderMissing' });
    expect((await c.call('admin', 'backup.warning', {})).warn).toBe(true);
  });
});

describe('backup settings (atvejis.backup.json in the data folder)', () => {
  test('a chosen folder must be a full path to an existing folder; backups then go there; empty means the default', async () => {
    const c = await centre();
    const base = { automatic: true, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };
    expectError(await c.raw('admin', 'backup.config.update', { ...base, folder: 'relative/path' }), 'VALIDATION', 'validation.backupFolderAbsolute');
    expectError(await c.raw('admin', 'backup.config.update', { ...base, folder: join(tmpdir(), 'no-such-folder-h6') }), 'VALIDATION', 'validation.backupFolderMissing');
    expectError(await c.raw('admin', 'backup.config.update', { ...base, folder: '/' }), 'VALIDATION');
    expectError(await c.raw('admin', 'backup.config.update', { ...base, keepDaily: 0, folder: '' }), 'VALIDATION');

    const usb = tempDir();
    const saved = await c.call('admin', 'backup.config.update', { ...base, folder: usb, keepDaily: 3 });
    expect(saved).toMatchObject({ folder: usb, isDefaultFolder: false, keepDaily: 3, defaultFolder: join(c.dir, 'backups') });
    expect(JSON.parse(readFileSync(join(c.dir, BACKUP_CONFIG_FILE), 'utf8')).config).toMatchObject({ folder: usb, rotation: { keepDaily: 3 } });
    const made = await c.call('admin', 'backup.run', {});
    expect(existsSync(join(usb, made.name, 'manifest.json'))).toBe(true);
    expect(await c.call('admin', 'backup.config.get', {})).toEqual(saved);

    const back = await c.call('admin', 'backup.config.update', { ...base, folder: '' });
    expect(back).toMatchObject({ isDefaultFolder: true, folder: join(c.dir, 'backups') });
    const audit = await c.call('admin', 'audit.list', {});
    expect(audit.entries.filter((e) => e.action === 'backup.configUpdate')).toHaveLength(2);
  });
});

describe('rotation (7 daily, 4 weekly, 12 monthly by default)', () => {
  test('grandfather-father-son selection over 400 days of daily backups', () => {
    const start = Date.parse('2025-01-01T02:00:00Z');
    const all = Array.from({ length: 400 }, (_, i) => {
      const at = new Date(start + i * DAY).toISOString();
      return { name: at, createdAt: at };
    });
    const keep = [...backupsToKeep(all, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 })].sort();
    const days = keep.map((k) => k.slice(0, 10));
    // The last 7 days …
    for (let i = 0; i < 7; i++) expect(days).toContain(new Date(start + (399 - i) * DAY).toISOString().slice(0, 10));
    // … the newest of each of the last 12 months (2026-02-04 is the newest of all).
    expect(days).toContain('2026-01-31');
    expect(days).toContain('2025-03-31');
    expect(days).not.toContain('2025-02-28');
    // 7 daily + up to 4 weekly + up to 12 monthly, overlapping.
    expect(keep.length).toBeGreaterThanOrEqual(7 + 11);
    expect(keep.length).toBeLessThanOrEqual(7 + 4 + 12);
    // Several backups on one day: the newest of that day counts …
    const sameDay = [
      { name: 'a', createdAt: '2026-11-20T08:00:00.000Z' },
      { name: 'b', createdAt: '2026-11-20T18:00:00.000Z' },
      { name: 'c', createdAt: '2026-11-23T18:00:00.000Z' },
    ];
    expect([...backupsToKeep(sameDay, { keepDaily: 7, keepWeekly: 0, keepMonthly: 0 })].sort()).toEqual(['b', 'c']);
    // … except in the last 24 hours, where every backup stays (a manual one before a risky change).
    const today = [...sameDay, { name: 'd', createdAt: '2026-11-23T08:00:00.000Z' }, { name: 'e', createdAt: '2026-11-22T19:00:00.000Z' }];
    expect([...backupsToKeep(today, { keepDaily: 1, keepWeekly: 0, keepMonthly: 0 })].sort()).toEqual(['c', 'd', 'e']);
  });

  test('on disk, with the clock moved day by day: only the kept backups remain', async () => {
    const c = await centre();
    await c.call('admin', 'backup.config.update', { folder: '', automatic: true, keepDaily: 3, keepWeekly: 2, keepMonthly: 1 });
    for (let day = 1; day <= 13; day++) {
      await later(c, DAY);
      await c.call('admin', 'backup.run', {});
    }
    const left = listBackups(join(c.dir, 'backups')).map((b) => b.manifest!.createdAt.slice(0, 10));
    // Today is Sunday 2026-12-06: 3 daily (6, 5, 4), the newest of the week before (11-29), one month (12-06 already).
    expect(left).toEqual(['2026-12-06', '2026-12-05', '2026-12-04', '2026-11-29']);
  });

  test('a leftover .partial folder from an interrupted run is cleared; a damaged backup is left for a person to look at', async () => {
    const c = await centre();
    const folder = join(c.dir, 'backups');
    const partial = join(folder, 'atvejis-backup-2026-11-20T09-00-00Z.partial');
    const damaged = join(folder, 'atvejis-backup-2026-11-19T09-00-00Z');
    for (const d of [partial, damaged]) {
      rmSync(d, { recursive: true, force: true });
      await import('node:fs').then((fs) => fs.mkdirSync(d));
    }
    writeFileSync(join(damaged, 'manifest.json'), '{ not json');
    await c.call('admin', 'backup.run', {});
    expect(existsSync(partial)).toBe(false);
    const list = await c.call('admin', 'backup.list', {});
    expect(list.backups.find((b) => b.name === 'atvejis-backup-2026-11-19T09-00-00Z')?.status).toBe('damaged');
  });
});

describe('automatic backups', () => {
  function manualTimers() {
    const pending: { fn: () => void; ms: number; cleared: boolean }[] = [];
    const timers: BackupTimers = {
      set: (fn, ms) => {
        const t = { fn, ms, cleared: false };
        pending.push(t);
        return t;
      },
      clear: (t) => {
        (t as { cleared: boolean }).cleared = true;
      },
    };
    return { timers, live: () => pending.filter((t) => !t.cleared) };
  }

  test('start-up backup, then one every 24 h while open (timer with an injected clock); the timer stops when the database closes', async () => {
    const dir = tempDir();
    let now = Date.parse('2026-11-23T09:00:00Z');
    const { timers, live } = manualTimers();
    const app = new AppContext({ dataDir: dir, now: () => now, backupTimers: timers });
    const dispatch = createDispatcher(app, () => {});
    const call = async (s: string, m: string, i: unknown) => {
      const r = await dispatch(s, m, i);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    await call('s', 'setup.initialise', { centre: { name: 'Centras', code: 'CNT', municipality: 'LT-57' }, admin: { fullName: 'A B', username: 'admin', password: ADMIN.password }, language: 'lt' });
    await call('s', 'auth.signIn', { username: 'admin', password: ADMIN.password });
    await app.backups.idle();
    expect(listBackups(join(dir, 'backups'))).toHaveLength(1);
    expect(live()).toHaveLength(1);
    expect(live()[0]!.ms).toBe(DAY);

    now += DAY;
    const t = live()[0]!;
    t.cleared = true;
    t.fn();
    await app.backups.idle();
    expect(listBackups(join(dir, 'backups')).map((b) => b.manifest!.createdAt)).toEqual(['2026-11-24T09:00:00.000Z', '2026-11-23T09:00:00.000Z']);
    expect(live()).toHaveLength(1);

    // Signing out closes the database: no timer is left.
    await call('s', 'auth.signOut', {});
    expect(app.isOpen).toBe(false);
    expect(live()).toHaveLength(0);

    // Signing in again an hour later in the same run: no backup is due yet, only the timer.
    now += 3_600_000;
    await call('s2', 'auth.signIn', { username: 'admin', password: ADMIN.password });
    await app.backups.idle();
    expect(listBackups(join(dir, 'backups'))).toHaveLength(2);
    expect(live().map((x) => x.ms)).toEqual([DAY - 3_600_000]);
    await app.shutdown();
  });

  test('turned off in the settings: no start-up backup and no timer', async () => {
    const c = await centre();
    await c.call('admin', 'backup.config.update', { folder: '', automatic: false, keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    expect((await c.call('admin', 'backup.status', {})).nextAutomaticAt).toBeNull();
  });
});
