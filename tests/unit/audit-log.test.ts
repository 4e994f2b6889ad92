// The audit log: who did what and when, with before/after for changes and never a password;
// append-only in the database; hash-chained so that an edit made around the program shows.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditEntry } from '../../electron/contract';
import type { DbHandle } from '../../db/open';
import { verifyAuditChain } from '../../db/repositories/audit';
import { rowCount, secondConnection } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { addUser, ADMIN, makeCentre, OWN_PASSWORD, TEMPORARY_PASSWORD, type Harness } from '../support/harness';

const WRONG = 'Neteisingas-Slaptas-13';
const RESET = 'Laikinas-Slaptas-6';
const PASSWORDS = [ADMIN.password, OWN_PASSWORD, TEMPORARY_PASSWORD, WRONG, RESET];
const START = Date.parse('2026-11-23T09:00:00Z');

let c: Harness & { recoveryKey: string };
let entries: AuditEntry[]; // oldest first
let jonasId: number;
let petrasId: number;
const one = (action: string) => {
  const found = entries.filter((e) => e.action === action);
  expect(found, action).toHaveLength(1);
  return found[0]!;
};

beforeAll(async () => {
  c = await makeCentre();
  c.tick(1_000);
  jonasId = await addUser(c, 'jonas', { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager'] });
  expectError(await c.raw('typo', 'auth.signIn', { username: 'jonas', password: WRONG }), 'BAD_CREDENTIALS');
  await c.call('admin', 'users.update', { id: jonasId, fullName: 'Jonas Petraitis', roles: ['case_manager', 'supervisor'] });
  await c.call('admin', 'users.disable', { id: jonasId });
  await c.call('admin', 'users.resetPassword', { id: jonasId, temporaryPassword: RESET });
  const settings = await c.call('admin', 'settings.get', {});
  await c.call('admin', 'settings.update', { ...settings, centreName: 'Naujas pavadinimas', autoLockMinutes: 15 });
  await c.call('admin', 'me.setLanguage', { language: 'en' });
  petrasId = await addUser(c, 'petras', { username: 'petras', fullName: 'Petras Petraitis', roles: ['case_manager'] });
  expectError(await c.raw('petras', 'users.list', {}), 'FORBIDDEN');
  await c.call('admin', 'auth.lock', {});
  await c.call('admin', 'auth.unlock', { password: ADMIN.password });
  await c.call('petras', 'auth.signOut', {});
  const listed = await c.call('admin', 'audit.list', { limit: 500 });
  expect(listed.total).toBe(listed.entries.length);
  entries = [...listed.entries].reverse();
});
afterAll(async () => c?.close());

describe('what is written', () => {
  test('every step of the scenario, in order, with who did it', () => {
    expect(entries.map((e) => `${e.action} ${e.username}`)).toEqual([
      'setup.initialise admin',
      'auth.signIn admin',
      'user.create admin',
      'auth.signIn jonas',
      'auth.changePassword jonas',
      'auth.signInFailed jonas',
      'user.update admin',
      'user.disable admin',
      'user.resetPassword admin',
      'settings.update admin',
      'user.setLanguage admin',
      'user.create admin',
      'auth.signIn petras',
      'auth.changePassword petras',
      'access.denied petras',
      'auth.lock admin',
      'auth.unlock admin',
      'auth.signOut petras',
    ]);
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => a - b));
  });

  test('with the time of the (injected) clock', () => {
    expect(one('setup.initialise').at).toBe(new Date(START).toISOString());
    expect(one('auth.signOut').at).toBe(new Date(START + 1_000).toISOString());
  });

  test('never a password, anywhere in the log', () => {
    const text = JSON.stringify(entries);
    for (const p of PASSWORDS) expect(text).not.toContain(p);
    const keys: string[] = [];
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      for (const [k, inner] of Object.entries(v)) {
        keys.push(k);
        walk(inner);
      }
    };
    entries.forEach((e) => walk(e.details));
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((k) => /pass|secret|key/i.test(k))).toEqual([]);
  });

  test('setup: the centre and the first administrator', () => {
    expect(one('setup.initialise')).toMatchObject({
      userId: 1,
      entityType: 'centre',
      details: { after: { centre: { name: 'Vilniaus socialinių paslaugų centras', code: 'VSPC', municipality: 'LT-57' }, admin: { username: 'admin', fullName: ADMIN.fullName }, language: 'lt' } },
    });
  });

  test('sign-in, failed sign-in, sign-out, lock and unlock', () => {
    expect(entries.filter((e) => e.action === 'auth.signIn').map((e) => e.userId)).toEqual([1, jonasId, petrasId]);
    expect(one('auth.signInFailed')).toMatchObject({ userId: null, username: 'jonas', details: { failures: 1, lockedForSeconds: 0 } });
    expect(one('auth.signOut')).toMatchObject({ userId: petrasId });
    expect(one('auth.lock')).toMatchObject({ userId: 1 });
    expect(one('auth.unlock')).toMatchObject({ userId: 1 });
  });

  test('user.create: the new account (after only)', () => {
    const created = entries.find((e) => e.action === 'user.create' && e.entityId === String(jonasId))!;
    expect(created).toMatchObject({ userId: 1, entityType: 'user', details: { after: { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager'], disabled: false } } });
    expect(created.details.before).toBeUndefined();
  });

  test('user.update: before and after', () => {
    expect(one('user.update')).toMatchObject({
      entityType: 'user',
      entityId: String(jonasId),
      details: {
        before: { fullName: 'Jonas Jonaitis', roles: ['case_manager'] },
        after: { fullName: 'Jonas Petraitis', roles: ['case_manager', 'supervisor'] },
      },
    });
  });

  test('user.disable and user.resetPassword: disabled before and after', () => {
    expect(one('user.disable').details).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
    expect(one('user.resetPassword')).toMatchObject({ entityId: String(jonasId), details: { before: { disabled: true }, after: { disabled: false } } });
  });

  test('settings.update: before and after', () => {
    expect(one('settings.update').details).toMatchObject({
      before: { centreName: 'Vilniaus socialinių paslaugų centras', autoLockMinutes: 10 },
      after: { centreName: 'Naujas pavadinimas', autoLockMinutes: 15 },
    });
  });

  test('me.setLanguage: before and after', () => {
    expect(one('user.setLanguage')).toMatchObject({ userId: 1, entityId: '1', details: { before: { language: 'lt' }, after: { language: 'en' } } });
  });

  test('access.denied: who tried which method', () => {
    expect(one('access.denied')).toMatchObject({ userId: petrasId, details: { method: 'users.list' } });
  });

  test('audit.list pages newest first', async () => {
    const page = await c.call('admin', 'audit.list', { limit: 2, offset: 1 });
    expect(page.total).toBeGreaterThanOrEqual(entries.length);
    const all = (await c.call('admin', 'audit.list', { limit: 500 })).entries;
    expect(page.entries.map((e) => e.id)).toEqual(all.slice(1, 3).map((e) => e.id));
    expect(all[0]!.id).toBeGreaterThan(all[1]!.id);
  });
});

describe('the database refuses changes to the log', () => {
  test('UPDATE and DELETE are refused, the log is unchanged', () => {
    const sqlite = c.app.handle.sqlite;
    const before = sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all();
    expect(() => sqlite.prepare(`UPDATE audit_log SET details = '{}' WHERE id = 1`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare(`UPDATE audit_log SET username = 'kazkas'`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(before);
  });

  test('the hash chain of the real log holds', async () => {
    const result = await verifyAuditChain(c.app.handle.db);
    expect(result).toEqual({ ok: true, checked: rowCount(c.app.handle.sqlite, 'audit_log'), firstBrokenId: null });
  });
});

describe('someone with the key who removes the triggers and edits the log', () => {
  let t: Harness;
  let conn: DbHandle;
  const hashOf = (r: Record<string, unknown>) =>
    createHash('sha256')
      .update(r.prev_hash as string)
      .update('\n')
      .update(JSON.stringify([r.at, r.user_id, r.username, r.action, r.entity_type, r.entity_id, r.details]))
      .digest('hex');

  beforeAll(async () => {
    t = await makeCentre();
    for (const language of ['en', 'lt', 'en', 'lt'] as const) await t.call('admin', 'me.setLanguage', { language });
    conn = secondConnection(t);
    conn.sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  });
  afterAll(async () => {
    conn?.close();
    await t?.close();
  });

  test('before any edit the chain holds (and the hash formula used here is the real one)', async () => {
    expect(await verifyAuditChain(conn.db)).toEqual({ ok: true, checked: 6, firstBrokenId: null });
    const rows = conn.sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[];
    for (const r of rows) expect(hashOf(r)).toBe(r.hash);
  });

  test('an edited entry is the first broken one', async () => {
    conn.sqlite.prepare(`UPDATE audit_log SET details = '{"before":{"language":"lt"},"after":{"language":"lt"}}' WHERE id = 4`).run();
    expect(await verifyAuditChain(conn.db)).toEqual({ ok: false, checked: 3, firstBrokenId: 4 });
  });

  test('re-computing its hash moves the break to the next entry', async () => {
    const row = conn.sqlite.prepare('SELECT * FROM audit_log WHERE id = 4').get() as Record<string, unknown>;
    conn.sqlite.prepare('UPDATE audit_log SET hash = ? WHERE id = 4').run(hashOf(row));
    expect(await verifyAuditChain(conn.db)).toEqual({ ok: false, checked: 4, firstBrokenId: 5 });
  });

  test('a deleted entry breaks the chain at the one after it', async () => {
    const fresh = await makeCentre();
    try {
      await fresh.call('admin', 'me.setLanguage', { language: 'en' });
      await fresh.call('admin', 'me.setLanguage', { language: 'lt' });
      const second = secondConnection(fresh);
      try {
        second.sqlite.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;');
        expect(await verifyAuditChain(second.db)).toEqual({ ok: false, checked: 1, firstBrokenId: 3 });
      } finally {
        second.close();
      }
    } finally {
      await fresh.close();
    }
  });
});
