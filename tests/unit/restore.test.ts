// Issue 6, item 2: restore a backup (the current data kept aside first), also on a new PC from the first-run screen.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../db/open';
import { databaseChecksum, secondConnection } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { ADMIN, addUser, makeCentre, makeHarness, OWN_PASSWORD, type Harness } from '../support/harness';

const open: Harness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

async function centreWithBackup() {
  const c = await makeCentre({ automaticBackups: true });
  open.push(c);
  await c.app.backups.idle();
  await addUser(c, 'cm', { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager'] });
  const backup = await c.call('admin', 'backup.run', {});
  return { c, backup };
}

function usernames(c: Harness): string[] {
  const db = secondConnection(c);
  try {
    return db.sqlite.prepare('SELECT username FROM users ORDER BY username').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('restore by an administrator', () => {
  test('brings the data back to the backup; the current database is kept aside, not overwritten; others are signed out', async () => {
    const { c, backup } = await centreWithBackup();
    await c.call('admin', 'users.create', { fullName: 'Vėliau Sukurta', username: 'veliau', roles: ['case_manager'], language: 'lt', temporaryPassword: 'Laikinas-Slaptas-5' });
    expect(usernames(c)).toEqual(['admin', 'jonas', 'veliau']);
    const keyBefore = Buffer.from(c.app.key);

    const list = await c.call('admin', 'backup.list', {});
    expect(list.backups.find((b) => b.name === backup.name)).toMatchObject({ status: 'ok', counts: { users: 2 } });
    const r = await c.call('admin', 'backup.restore', { name: backup.name, password: ADMIN.password });
    expect(r.signedOut).toBe(false);
    expect(r.restored.name).toBe(backup.name);

    expect(usernames(c)).toEqual(['admin', 'jonas']);
    // The administrator carries on; the case manager's session was ended.
    expect((await c.call('admin', 'auth.session', {})).user?.username).toBe('admin');
    expectError(await c.raw('cm', 'auth.heartbeat', {}), 'UNAUTHENTICATED');
    // The replaced database is in before-restore-…, whole, and still opens with the key.
    expect(r.keptAside).toMatch(/before-restore-2026-11-23T09-00-00Z$/);
    expect(readdirSync(r.keptAside!).sort()).toContain('atvejis.db');
    expect(readdirSync(r.keptAside!)).toContain('atvejis.keys.json');
    const aside = openDatabase({ file: join(r.keptAside!, 'atvejis.db'), key: keyBefore, migrate: false });
    try {
      expect(aside.sqlite.prepare('SELECT username FROM users ORDER BY username').pluck().all()).toEqual(['admin', 'jonas', 'veliau']);
    } finally {
      aside.close();
    }
    // The restore is in the (restored) audit log, and the chain still holds.
    const audit = await c.call('admin', 'audit.list', {});
    expect(audit.entries[0]).toMatchObject({ action: 'backup.restore', username: 'admin', entityId: backup.name });
    expect(await c.call('admin', 'audit.verify', {})).toMatchObject({ ok: true, firstBrokenId: null, truncated: false });
    // The restored centre signs in with the passwords of its users.
    expect((await c.call('cm2', 'auth.signIn', { username: 'jonas', password: OWN_PASSWORD })).user?.username).toBe('jonas');
    expectError(await c.raw('x', 'auth.signIn', { username: 'veliau', password: 'Laikinas-Slaptas-5' }), 'BAD_CREDENTIALS');
  });

  test('a password changed after the backup still signs in after the restore', async () => {
    const { c, backup } = await centreWithBackup();
    await c.call('admin', 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'Visai-Naujas-Slaptas-1' });
    await c.call('admin', 'backup.restore', { name: backup.name, password: 'Visai-Naujas-Slaptas-1' });
    await c.call('admin', 'auth.signOut', {});
    expect((await c.call('again', 'auth.signIn', { username: 'admin', password: 'Visai-Naujas-Slaptas-1' })).user?.username).toBe('admin');
  });

  test('a wrong password, an unknown backup or a damaged one: refused, and nothing changes', async () => {
    const { c, backup } = await centreWithBackup();
    const conn = secondConnection(c);
    try {
      const before = databaseChecksum(conn.sqlite);
      expectError(await c.raw('admin', 'backup.restore', { name: backup.name, password: 'not-my-password' }), 'BAD_CREDENTIALS');
      expectError(await c.raw('admin', 'backup.restore', { name: 'atvejis-backup-2001-01-01T00-00-00Z', password: ADMIN.password }), 'NOT_FOUND');
      expectError(await c.raw('admin', 'backup.restore', { name: '../../etc', password: ADMIN.password }), 'VALIDATION');
      // One byte changed in the middle of the backup's database: its checksum no longer matches.
      const file = join(c.dir, 'backups', backup.name, 'atvejis.db');
      const bytes = readFileSync(file);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle]! ^ 0xff;
      writeFileSync(file, bytes);
      expectError(await c.raw('admin', 'backup.restore', { name: backup.name, password: ADMIN.password }), 'CONFLICT', 'errors.backupDamaged');
      expect(databaseChecksum(conn.sqlite)).toBe(before);
      expect(readdirSync(c.dir).filter((f) => f.startsWith('before-restore'))).toEqual([]);
      expect((await c.call('cm', 'auth.session', {})).user?.username).toBe('jonas');
    } finally {
      conn.close();
    }
  });

  test('only an administrator restores', async () => {
    const { c, backup } = await centreWithBackup();
    expectError(await c.raw('cm', 'backup.restore', { name: backup.name, password: OWN_PASSWORD }), 'FORBIDDEN');
  });
});

describe('a new PC set up from a backup on the first-run screen', () => {
  async function newPc(): Promise<Harness> {
    const pc = makeHarness();
    open.push(pc);
    return pc;
  }

  test('with the recovery key: the backups in the folder are listed, one is restored, the administrator signs in with their password', async () => {
    const { c, backup } = await centreWithBackup();
    const usb = join(c.dir, 'backups');
    const pc = await newPc();

    const listed = await pc.call('anyone', 'backup.listAtFirstRun', { folder: usb });
    expect(listed.backups.map((b) => b.name)).toContain(backup.name);
    expect(listed.backups.find((b) => b.name === backup.name)).toMatchObject({ centreName: 'Vilniaus socialinių paslaugų centras', counts: { users: 2 } });

    const r = await pc.call('anyone', 'backup.restoreAtFirstRun', { folder: usb, name: backup.name, method: 'recoveryKey', recoveryKey: c.recoveryKey });
    expect(r.keptAside).toBeNull();
    expect(await pc.call('anyone', 'app.status', {})).toEqual({ initialised: true, centreName: 'Vilniaus socialinių paslaugų centras', defaultLanguage: 'lt' });
    expect((await pc.call('admin', 'auth.signIn', { username: 'admin', password: ADMIN.password })).user?.username).toBe('admin');
    expect(usernames(pc)).toEqual(['admin', 'jonas']);
    const audit = await pc.call('admin', 'audit.list', {});
    expect(audit.entries.map((e) => e.action)).toContain('backup.restoreAtFirstRun');
    expect(await pc.call('admin', 'audit.verify', {})).toMatchObject({ ok: true });
    // Once set up, the first-run methods are closed.
    expectError(await pc.raw('anyone', 'backup.listAtFirstRun', { folder: usb }), 'ALREADY_INITIALISED');
    expectError(await pc.raw('anyone', 'backup.restoreAtFirstRun', { folder: usb, name: backup.name, method: 'recoveryKey', recoveryKey: c.recoveryKey }), 'ALREADY_INITIALISED');
  });

  test('with a user’s password; a wrong password or recovery key leaves the PC not set up', async () => {
    const { c, backup } = await centreWithBackup();
    const usb = join(c.dir, 'backups');
    const pc = await newPc();
    expectError(await pc.raw('p', 'backup.restoreAtFirstRun', { folder: usb, name: backup.name, method: 'password', username: 'jonas', password: 'wrong-password' }), 'BAD_CREDENTIALS', 'errors.badCredentials');
    const badKey = c.recoveryKey.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'));
    expectError(await pc.raw('p', 'backup.restoreAtFirstRun', { folder: usb, name: backup.name, method: 'recoveryKey', recoveryKey: badKey }), 'BAD_CREDENTIALS', 'errors.badRecoveryKey');
    expectError(await pc.raw('p', 'backup.restoreAtFirstRun', { folder: 'relative', name: backup.name, method: 'recoveryKey', recoveryKey: c.recoveryKey }), 'VALIDATION');
    expect((await pc.call('p', 'app.status', {})).initialised).toBe(false);
    expect(existsSync(join(pc.dir, 'atvejis.db'))).toBe(false);

    await pc.call('p', 'backup.restoreAtFirstRun', { folder: usb, name: backup.name, method: 'password', username: 'jonas', password: OWN_PASSWORD });
    expect((await pc.call('j', 'auth.signIn', { username: 'jonas', password: OWN_PASSWORD })).user?.username).toBe('jonas');
    expect((await pc.call('a', 'auth.signIn', { username: 'admin', password: ADMIN.password })).user?.username).toBe('admin');
  });

  test('a folder with no backups lists nothing; an unfinished first run left behind is kept aside', async () => {
    const { c, backup } = await centreWithBackup();
    const pc = await newPc();
    const empty = mkdtempSync(join(tmpdir(), 'atvejis-empty-'));
    try {
      expect((await pc.call('p', 'backup.listAtFirstRun', { folder: empty })).backups).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    writeFileSync(join(pc.dir, 'atvejis.db'), 'left over from a first run that crashed');
    await pc.call('p', 'backup.restoreAtFirstRun', { folder: join(c.dir, 'backups'), name: backup.name, method: 'recoveryKey', recoveryKey: c.recoveryKey });
    expect(readdirSync(pc.dir).filter((f) => f.startsWith('atvejis.db.orphaned-'))).toHaveLength(1);
    expect((await pc.call('a', 'auth.signIn', { username: 'admin', password: ADMIN.password })).user?.username).toBe('admin');
  });
});
