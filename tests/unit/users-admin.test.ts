// What an administrator does with accounts, and what the person on the other end then sees.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { contract, METHOD_NAMES } from '../../electron/contract';
import { secondConnection } from '../support/db-snapshot';
import { expectError, ringOnDisk } from '../support/expect-api';
import { addUser, ADMIN, makeCentre, OWN_PASSWORD, TEMPORARY_PASSWORD, type Harness } from '../support/harness';
import { validInputs } from '../support/valid-inputs';
import { UNUSED_INTAKE_FIXTURE } from '../support/intake-fixtures';
import { UNUSED_SERVICE_MAP_FIXTURE } from '../support/service-map-fixtures';

const JONAS = { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager' as const] };
const RESET_PASSWORD = 'Laikinas-Slaptas-6';
const signIn = (c: Harness, session: string, username: string, password: string) => c.raw(session, 'auth.signIn', { username, password });
const slotUsernames = (c: Harness) => ringOnDisk(c.dir).slots.map((s) => s.username).sort();

describe('a new user at first sign-in', () => {
  let c: Harness & { recoveryKey: string };
  let jonasId: number;
  beforeAll(async () => {
    c = await makeCentre();
    const created = await c.call('admin', 'users.create', { ...JONAS, language: 'lt', temporaryPassword: TEMPORARY_PASSWORD });
    jonasId = created.id;
    expect(created).toMatchObject({ username: 'jonas', mustChangePassword: true, disabled: false, roles: ['case_manager'] });
    const state = await c.call('jonas', 'auth.signIn', { username: 'jonas', password: TEMPORARY_PASSWORD });
    expect(state.user?.mustChangePassword).toBe(true);
  });
  afterAll(async () => c?.close());

  const gated = METHOD_NAMES.filter((m) => contract[m].access !== 'public' && !contract[m].duringPasswordChange);
  test.each(gated)('%s → PASSWORD_CHANGE_REQUIRED', async (method) => {
    const input = validInputs[method]({
      recoveryKey: c.recoveryKey,
      self: { username: 'jonas', password: TEMPORARY_PASSWORD },
      victimId: 1,
      victimUsername: 'admin',
      unique: () => 'x',
      intake: UNUSED_INTAKE_FIXTURE,
      serviceMap: UNUSED_SERVICE_MAP_FIXTURE,
      // Refused before any input is read: placeholder cases.
      cycle: { workCaseId: 1, workGoalIds: [1], ylcCaseId: 1, openTaskId: () => 1, closableCaseId: 1, toAuthoriseCaseId: 1, toReturnCaseId: 1 },
    });
    expectError(await c.raw('jonas', method, input), 'PASSWORD_CHANGE_REQUIRED', 'errors.passwordChangeRequired');
  });

  test('the heartbeat still works meanwhile', async () => {
    expect(await c.raw('jonas', 'auth.heartbeat', {})).toEqual({ ok: true, value: {} });
  });

  test('after auth.changePassword the app opens, and only the new password signs in', async () => {
    const state = await c.call('jonas', 'auth.changePassword', { currentPassword: TEMPORARY_PASSWORD, newPassword: OWN_PASSWORD });
    expect(state.user).toMatchObject({ username: 'jonas', mustChangePassword: false });
    expect((await c.call('jonas', 'settings.get', {})).centreCode).toBe('VSPC');
    expect((await c.call('admin', 'users.list', {})).find((u) => u.id === jonasId)?.mustChangePassword).toBe(false);
    expectError(await signIn(c, 'again1', 'jonas', TEMPORARY_PASSWORD), 'BAD_CREDENTIALS');
    expect((await c.call('again2', 'auth.signIn', { username: 'jonas', password: OWN_PASSWORD })).user?.mustChangePassword).toBe(false);
  });
});

describe('managing accounts', () => {
  let c: Harness & { recoveryKey: string };
  afterEach(async () => {
    await c?.close();
  });

  test('resetting a password: the old one stops working, the temporary one forces a change, open sessions end', async () => {
    c = await makeCentre();
    const id = await addUser(c, 'jonas', JONAS);
    const reset = await c.call('admin', 'users.resetPassword', { id, temporaryPassword: RESET_PASSWORD });
    expect(reset).toMatchObject({ mustChangePassword: true, disabled: false });

    expectError(await c.raw('jonas', 'settings.get', {}), 'UNAUTHENTICATED', 'errors.signInRequired');
    expectError(await signIn(c, 'j1', 'jonas', OWN_PASSWORD), 'BAD_CREDENTIALS', 'errors.badCredentials');
    expect((await c.call('j2', 'auth.signIn', { username: 'jonas', password: RESET_PASSWORD })).user?.mustChangePassword).toBe(true);
    expectError(await c.raw('j2', 'settings.get', {}), 'PASSWORD_CHANGE_REQUIRED');
  });

  test('disabling: no sign-in, no key slot, the open session ends; a password reset enables again', async () => {
    c = await makeCentre();
    const id = await addUser(c, 'jonas', JONAS);
    expect(slotUsernames(c)).toEqual(['admin', 'jonas']);

    const disabled = await c.call('admin', 'users.disable', { id });
    expect(disabled).toMatchObject({ id, disabled: true });
    expect(slotUsernames(c)).toEqual(['admin']);
    expect(ringOnDisk(c.dir).slots.some((s) => s.userId === id)).toBe(false);
    expectError(await c.raw('jonas', 'settings.get', {}), 'UNAUTHENTICATED', 'errors.signInRequired');
    expect((await c.call('jonas', 'auth.session', {})).user).toBeNull();
    expectError(await signIn(c, 'j1', 'jonas', OWN_PASSWORD), 'BAD_CREDENTIALS', 'errors.badCredentials');
    expect((await c.call('admin', 'users.list', {})).find((u) => u.id === id)?.disabled).toBe(true);

    const enabled = await c.call('admin', 'users.resetPassword', { id, temporaryPassword: RESET_PASSWORD });
    expect(enabled).toMatchObject({ disabled: false, mustChangePassword: true });
    expect(slotUsernames(c)).toEqual(['admin', 'jonas']);
    expectError(await signIn(c, 'j2', 'jonas', OWN_PASSWORD), 'BAD_CREDENTIALS');
    expect((await c.call('j3', 'auth.signIn', { username: 'jonas', password: RESET_PASSWORD })).user).toMatchObject({ username: 'jonas', mustChangePassword: true });
  });

  test('an administrator cannot disable themself', async () => {
    c = await makeCentre();
    const me = (await c.call('admin', 'auth.session', {})).user!;
    expectError(await c.raw('admin', 'users.disable', { id: me.id }), 'CONFLICT', 'errors.cannotDisableSelf');
    expect((await c.call('admin', 'users.list', {}))[0]).toMatchObject({ username: 'admin', disabled: false });
    expect(slotUsernames(c)).toEqual(['admin']);
  });

  test('the last active administrator cannot lose the role; a disabled one does not count', async () => {
    c = await makeCentre();
    const me = (await c.call('admin', 'auth.session', {})).user!;
    expectError(await c.raw('admin', 'users.update', { id: me.id, fullName: ADMIN.fullName, roles: ['case_manager'] }), 'CONFLICT', 'errors.lastAdmin');
    expect((await c.call('admin', 'auth.session', {})).user?.roles).toEqual(['admin']);

    const secondId = await addUser(c, 'antras', { username: 'antras', fullName: 'Antras Administratorius', roles: ['admin'] });
    await c.call('admin', 'users.disable', { id: secondId });
    expectError(await c.raw('admin', 'users.update', { id: me.id, fullName: ADMIN.fullName, roles: ['supervisor'] }), 'CONFLICT', 'errors.lastAdmin');

    await c.call('admin', 'users.resetPassword', { id: secondId, temporaryPassword: RESET_PASSWORD });
    const demoted = await c.call('admin', 'users.update', { id: me.id, fullName: ADMIN.fullName, roles: ['supervisor'] });
    expect(demoted.roles).toEqual(['supervisor']);
    // The change is in force at once: the former administrator is refused admin methods.
    expectError(await c.raw('admin', 'users.list', {}), 'FORBIDDEN');
  });

  test('users.update changes name and roles, in force at the user’s next call; an unknown id is NOT_FOUND', async () => {
    c = await makeCentre();
    const id = await addUser(c, 'jonas', JONAS);
    expectError(await c.raw('jonas', 'users.list', {}), 'FORBIDDEN');
    const updated = await c.call('admin', 'users.update', { id, fullName: '  Jonas Petraitis ', roles: ['supervisor', 'admin'] });
    expect(updated).toMatchObject({ fullName: 'Jonas Petraitis', roles: ['supervisor', 'admin'] });
    expect((await c.call('jonas', 'users.list', {})).map((u) => u.username).sort()).toEqual(['admin', 'jonas']);
    expectError(await c.raw('admin', 'users.update', { id: 999, fullName: 'Niekas', roles: ['admin'] }), 'NOT_FOUND');
    expectError(await c.raw('admin', 'users.disable', { id: 999 }), 'NOT_FOUND');
    expectError(await c.raw('admin', 'users.resetPassword', { id: 999, temporaryPassword: RESET_PASSWORD }), 'NOT_FOUND');
  });

  // The dispatcher reuses a caller's account between calls while its tables are unwritten; a change
  // written anywhere else (another process, a statement on the same connection) must be in force at once.
  test('a role taken away or an account disabled behind the services (another process, a direct write) is in force at the next call', async () => {
    c = await makeCentre();
    const id = await addUser(c, 'jonas', { ...JONAS, roles: ['admin'] });
    expect((await c.call('jonas', 'users.list', {})).length).toBe(2);
    expect((await c.call('jonas', 'users.list', {})).length).toBe(2);

    const other = secondConnection(c);
    try {
      other.sqlite.prepare(`UPDATE user_roles SET role = 'case_manager' WHERE user_id = ?`).run(id);
      expectError(await c.raw('jonas', 'users.list', {}), 'FORBIDDEN', 'errors.forbidden');
      expect((await c.call('jonas', 'auth.session', {})).user?.roles).toEqual(['case_manager']);

      // A write on the program's own connection that no service made (as a future repository might).
      c.app.handle.sqlite.prepare(`DELETE FROM user_roles WHERE user_id = ?`).run(id);
      expectError(await c.raw('jonas', 'cases.list', { sort: 'intakeDateDesc', limit: 50, offset: 0 }), 'FORBIDDEN', 'errors.forbidden');

      other.sqlite.prepare(`UPDATE users SET disabled_at = '2026-01-01T00:00:00.000Z' WHERE id = ?`).run(id);
      expectError(await c.raw('jonas', 'settings.get', {}), 'UNAUTHENTICATED', 'errors.signInRequired');
    } finally {
      other.close();
    }
  });

  test('fields outside the contract are dropped, not obeyed', async () => {
    c = await makeCentre();
    const created = await c.call('admin', 'users.create', {
      ...JONAS,
      language: 'lt',
      temporaryPassword: TEMPORARY_PASSWORD,
      ...({ mustChangePassword: false, id: 77, disabled: true } as object),
    });
    expect(created).toMatchObject({ mustChangePassword: true, disabled: false });
    expect(created.id).not.toBe(77);
    const state = await c.call('jonas', 'auth.signIn', { username: 'jonas', password: TEMPORARY_PASSWORD });
    expect(state.user?.mustChangePassword).toBe(true);
  });

  test('a taken username is refused (whatever its case) and nothing is overwritten', async () => {
    c = await makeCentre();
    await addUser(c, 'jonas', JONAS);
    const slotBefore = ringOnDisk(c.dir).slots.find((s) => s.username === 'jonas');
    for (const username of ['jonas', ' JONAS ']) {
      const e = expectError(
        await c.raw('admin', 'users.create', { fullName: 'Kitas Jonas', username, roles: ['admin'], language: 'en', temporaryPassword: RESET_PASSWORD }),
        'CONFLICT',
        'errors.usernameTaken',
      );
      expect(e.issues).toEqual([{ path: 'username', messageKey: 'errors.usernameTaken' }]);
    }
    const users = await c.call('admin', 'users.list', {});
    expect(users.filter((u) => u.username === 'jonas')).toEqual([expect.objectContaining({ fullName: 'Jonas Jonaitis', roles: ['case_manager'] })]);
    expect(ringOnDisk(c.dir).slots.find((s) => s.username === 'jonas')).toEqual(slotBefore);
    expectError(await signIn(c, 'x', 'jonas', RESET_PASSWORD), 'BAD_CREDENTIALS');
    expect((await c.call('y', 'auth.signIn', { username: 'jonas', password: OWN_PASSWORD })).user?.fullName).toBe('Jonas Jonaitis');
  });
});

describe('recovery with the recovery key', () => {
  let c: Harness & { recoveryKey: string };
  afterEach(async () => {
    await c?.close();
  });
  const NEW = 'Atkurtas-Slaptas-3';

  test('sets a new administrator password, even for one locked out; the old one stops working', async () => {
    c = await makeCentre();
    await c.call('admin', 'auth.signOut', {});
    for (let i = 0; i < 5; i++) await signIn(c, 'x', ADMIN.username, `Pamirstas-${i}-slaptas`);
    expectError(await signIn(c, 'x', ADMIN.username, ADMIN.password), 'LOCKED_OUT');

    expect(await c.raw('r', 'auth.recover', { recoveryKey: c.recoveryKey, username: ADMIN.username, newPassword: NEW })).toEqual({ ok: true, value: {} });
    expect(c.app.isOpen).toBe(false); // nobody is signed in: the database is closed again

    expectError(await signIn(c, 'a', ADMIN.username, ADMIN.password), 'BAD_CREDENTIALS');
    const state = await c.call('b', 'auth.signIn', { username: ADMIN.username, password: NEW });
    expect(state.user).toMatchObject({ username: 'admin', mustChangePassword: false, roles: ['admin'] });
    const { entries } = await c.call('b', 'audit.list', {});
    expect(entries.map((e) => e.action)).toContain('auth.recover');
  });

  test('a wrong or garbled recovery key → BAD_CREDENTIALS errors.badRecoveryKey, and the password is unchanged', async () => {
    c = await makeCentre();
    const wrong = c.recoveryKey.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'));
    for (const recoveryKey of [wrong, 'ABCD-EFGH', c.recoveryKey.slice(5)]) {
      expectError(await c.raw('r', 'auth.recover', { recoveryKey, username: ADMIN.username, newPassword: NEW }), 'BAD_CREDENTIALS', 'errors.badRecoveryKey');
    }
    expectError(await signIn(c, 'a', ADMIN.username, NEW), 'BAD_CREDENTIALS');
    expect((await c.call('b', 'auth.signIn', { username: ADMIN.username, password: ADMIN.password })).user?.username).toBe('admin');
  });

  test('repeated wrong recovery keys are locked out too', async () => {
    c = await makeCentre();
    for (let i = 0; i < 5; i++) await c.raw('r', 'auth.recover', { recoveryKey: `${'A'.repeat(51)}${i}`, username: ADMIN.username, newPassword: NEW });
    expectError(await c.raw('r', 'auth.recover', { recoveryKey: c.recoveryKey, username: ADMIN.username, newPassword: NEW }), 'LOCKED_OUT', 'errors.lockedOut');
  });

  test('only an administrator’s password can be set that way', async () => {
    c = await makeCentre();
    await addUser(c, 'jonas', JONAS);
    expectError(await c.raw('r', 'auth.recover', { recoveryKey: c.recoveryKey, username: 'jonas', newPassword: NEW }), 'NOT_FOUND', 'errors.recoverNeedsAdmin');
    expectError(await c.raw('r', 'auth.recover', { recoveryKey: c.recoveryKey, username: 'nera.tokio', newPassword: NEW }), 'NOT_FOUND', 'errors.recoverNeedsAdmin');
    expect((await c.call('j', 'auth.signIn', { username: 'jonas', password: OWN_PASSWORD })).user?.username).toBe('jonas');
  });
});
