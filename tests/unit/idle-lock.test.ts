// The server's own idle lock: the backstop when the renderer does not lock the screen itself.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { expectError } from '../support/expect-api';
import { ADMIN, makeCentre, type Harness } from '../support/harness';

const MINUTE = 60_000;
let c: Harness;

beforeEach(async () => {
  c = await makeCentre();
  const settings = await c.call('admin', 'settings.get', {});
  await c.call('admin', 'settings.update', { ...settings, autoLockMinutes: 1 });
  expect((await c.call('admin', 'auth.session', {})).autoLockMinutes).toBe(1);
});
afterEach(async () => c?.close());

test('after 3 idle minutes the next call is refused with SESSION_LOCKED', async () => {
  c.tick(3 * MINUTE);
  expectError(await c.raw('admin', 'settings.get', {}), 'SESSION_LOCKED', 'errors.sessionLocked');
  expectError(await c.raw('admin', 'users.list', {}), 'SESSION_LOCKED');
});

test('after 3 idle minutes auth.session reports the session locked (a reload shows the lock screen)', async () => {
  c.tick(3 * MINUTE);
  expect(await c.call('admin', 'auth.session', {})).toMatchObject({ locked: true, user: { username: 'admin' } });
  expectError(await c.raw('admin', 'settings.get', {}), 'SESSION_LOCKED');
});

test('a wrong password keeps it locked; the right one unlocks', async () => {
  c.tick(3 * MINUTE);
  expectError(await c.raw('admin', 'settings.get', {}), 'SESSION_LOCKED');

  expectError(await c.raw('admin', 'auth.unlock', { password: 'Neteisingas-slaptas-1' }), 'BAD_CREDENTIALS', 'errors.badCredentials');
  expectError(await c.raw('admin', 'settings.get', {}), 'SESSION_LOCKED');
  expect((await c.call('admin', 'auth.session', {})).locked).toBe(true);

  expect((await c.call('admin', 'auth.unlock', { password: ADMIN.password })).locked).toBe(false);
  expect((await c.call('admin', 'settings.get', {})).autoLockMinutes).toBe(1);

  const actions = (await c.call('admin', 'audit.list', {})).entries.map((e) => e.action);
  expect(actions.slice(0, 4)).toEqual(['auth.unlock', 'auth.signInFailed', 'auth.autoLock', 'settings.update']);
});

test('within the limit plus its one-minute grace nothing locks, and activity restarts the count', async () => {
  c.tick(2 * MINUTE - 1_000);
  expect((await c.call('admin', 'settings.get', {})).autoLockMinutes).toBe(1);
  c.tick(2 * MINUTE - 1_000);
  await c.call('admin', 'auth.heartbeat', {});
  c.tick(2 * MINUTE - 1_000);
  expect((await c.call('admin', 'auth.session', {})).locked).toBe(false);
  expect((await c.call('admin', 'users.list', {})).length).toBe(1);
});

test('locking one session leaves the others alone', async () => {
  await c.call('other', 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  c.tick(3 * MINUTE);
  await c.call('other', 'auth.unlock', { password: ADMIN.password });
  expect((await c.call('other', 'settings.get', {})).autoLockMinutes).toBe(1);
  expectError(await c.raw('admin', 'settings.get', {}), 'SESSION_LOCKED');
});
