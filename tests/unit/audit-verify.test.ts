// Issue 6, item 5: the audit log's hash chain is verified from the Administration screen (audit.verify)
// and from the command line (npm run audit:verify); an entry edited behind the program's back, or a
// cut-off tail, is found.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, test } from 'vitest';
import { secondConnection } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { addUser, makeCentre, type Harness } from '../support/harness';

let h: (Harness & { recoveryKey: string }) | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function centre() {
  const c = (h = await makeCentre({ automaticBackups: true }));
  await c.app.backups.idle();
  await addUser(c, 'cm', { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager'] });
  return c;
}

/** Changes the database behind the program's back: a second connection that drops the append-only triggers first. */
function tamper(c: Harness, sql: string): void {
  const db = secondConnection(c);
  try {
    db.sqlite.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    db.sqlite.exec(sql);
  } finally {
    db.close();
  }
}

function cli(c: Harness, env: Record<string, string>) {
  return spawnSync('npx', ['tsx', 'electron/cli/audit-verify.ts', '--data-dir', c.dir], {
    encoding: 'utf8',
    env: { ...process.env, ATVEJIS_USERNAME: '', ATVEJIS_PASSWORD: '', ATVEJIS_RECOVERY_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('audit.verify', () => {
  test('an untouched log is intact', async () => {
    const c = await centre();
    const r = await c.call('admin', 'audit.verify', {});
    expect(r).toMatchObject({ ok: true, firstBrokenId: null, truncated: false });
    expect(r.checked).toBeGreaterThanOrEqual(5);
    expect((await c.call('admin', 'audit.list', {})).entries[0]).toMatchObject({ action: 'audit.verify', username: 'admin' });
    expectError(await c.raw('cm', 'audit.verify', {}), 'FORBIDDEN');
  });

  test('the database itself refuses to change an entry (append-only triggers)', async () => {
    const c = await centre();
    const db = secondConnection(c);
    try {
      expect(() => db.sqlite.exec(`UPDATE audit_log SET username = 'someone' WHERE id = 3`)).toThrow(/append-only/);
      expect(() => db.sqlite.exec(`DELETE FROM audit_log WHERE id = 3`)).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });

  test('an entry edited directly in the database: verification names it as the first broken link', async () => {
    const c = await centre();
    tamper(c, `UPDATE audit_log SET details = '{"edited":true}' WHERE id = 4`);
    expect(await c.call('admin', 'audit.verify', {})).toMatchObject({ ok: false, firstBrokenId: 4, checked: 3 });
  });

  test('an entry removed from the middle: the next one is the first broken link', async () => {
    const c = await centre();
    tamper(c, `DELETE FROM audit_log WHERE id = 3`);
    expect(await c.call('admin', 'audit.verify', {})).toMatchObject({ ok: false, firstBrokenId: 4 });
  });

  test('the tail cut off after a backup (the chain of what is left still holds): found through the mark kept at the backup', async () => {
    const c = await centre();
    await c.call('admin', 'backup.run', {});
    const db = secondConnection(c);
    const last = db.sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
    db.close();
    tamper(c, `DELETE FROM audit_log WHERE id >= ${last - 2}`);
    expect(await c.call('admin', 'audit.verify', {})).toMatchObject({ ok: false, firstBrokenId: null, truncated: true });
  });

  test('npm run audit:verify: exit 0 on an intact log, 1 naming the first broken link, 2 with a wrong key', async () => {
    const c = await centre();
    await c.app.shutdown(); // the command runs while the program is closed (it also works while it runs)
    const ok = cli(c, { ATVEJIS_RECOVERY_KEY: c.recoveryKey });
    expect(ok.stdout).toMatch(/intact/);
    expect(ok.status).toBe(0);

    const wrong = cli(c, { ATVEJIS_USERNAME: 'admin', ATVEJIS_PASSWORD: 'not-the-password' });
    expect(wrong.status).toBe(2);

    const db = (await import('../../db/open')).openDatabase({
      file: c.app.dbFile,
      key: (await (await import('../../db/keyring')).KeyRing.load(c.dir).openWithRecoveryKey(c.recoveryKey))!,
      migrate: false,
    });
    db.sqlite.exec(`DROP TRIGGER audit_log_no_update; UPDATE audit_log SET action = 'auth.signOut' WHERE id = 2`);
    db.close();
    const broken = cli(c, { ATVEJIS_USERNAME: 'admin', ATVEJIS_PASSWORD: 'Saugus-Slaptazodis-7' });
    expect(broken.stdout).toMatch(/first broken link is entry #2/);
    expect(broken.status).toBe(1);
  });
});
