// Signing in: one message for every wrong answer, a growing lockout after repeated failures,
// and every failure in the audit log (queued in the key ring while the database is still closed).
import { afterEach, describe, expect, test } from 'vitest';
import { ringOnDisk, expectError } from '../support/expect-api';
import { addUser, ADMIN, makeCentre, makeHarness, OWN_PASSWORD, type Harness } from '../support/harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const JONAS = { username: 'jonas', fullName: 'Jonas Jonaitis', roles: ['case_manager' as const] };
const signIn = (c: Harness, session: string, username: string, password: string) => c.raw(session, 'auth.signIn', { username, password });

async function failTimes(c: Harness, username: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) expectError(await signIn(c, `try:${username}`, username, `Neteisingas-${i}-x`), 'BAD_CREDENTIALS', 'errors.badCredentials');
}

test('before the centre is set up, sign-in says so', async () => {
  h = makeHarness();
  expectError(await signIn(h, 's', 'admin', 'whatever-password'), 'NOT_INITIALISED', 'errors.notInitialised');
});

describe('wrong answers', () => {
  test('a wrong password and an unknown username get exactly the same answer', async () => {
    const c = (h = await makeCentre());
    const wrongPassword = await signIn(c, 's1', ADMIN.username, 'Neteisingas-slaptas-1');
    const unknownUser = await signIn(c, 's2', 'nera.tokio', ADMIN.password);
    expectError(wrongPassword, 'BAD_CREDENTIALS', 'errors.badCredentials');
    expect(unknownUser).toEqual(wrongPassword);
    for (const s of ['s1', 's2']) expect((await c.call(s, 'auth.session', {})).user).toBeNull();
  });

  test('the username is not case- or space-sensitive, the password is', async () => {
    const c = (h = await makeCentre());
    expect((await c.call('s1', 'auth.signIn', { username: ' ADMIN ', password: ADMIN.password })).user?.username).toBe('admin');
    expectError(await signIn(c, 's2', 'admin', ADMIN.password.toUpperCase()), 'BAD_CREDENTIALS');
  });
});

describe('lockout', () => {
  test('after 5 failures even the right password is refused until the delay has passed; then it works and the count resets', async () => {
    const c = (h = await makeCentre());
    await addUser(c, 'jonas', JONAS);
    await failTimes(c, 'jonas', 5);

    const locked = expectError(await signIn(c, 'j', 'jonas', OWN_PASSWORD), 'LOCKED_OUT', 'errors.lockedOut');
    expect(locked.params).toEqual({ seconds: 30 });
    c.tick(10_000);
    expect(expectError(await signIn(c, 'j', 'jonas', OWN_PASSWORD), 'LOCKED_OUT').params).toEqual({ seconds: 20 });
    // Someone else is not affected.
    expect((await c.call('other', 'auth.signIn', { username: ADMIN.username, password: ADMIN.password })).user?.username).toBe('admin');

    c.tick(20_001);
    expect((await c.call('j', 'auth.signIn', { username: 'jonas', password: OWN_PASSWORD })).user?.username).toBe('jonas');
    expect(ringOnDisk(c.dir).failures.jonas).toBeUndefined();
    // A fresh count: one new mistake does not lock.
    await failTimes(c, 'jonas', 1);
    expect((await c.call('j2', 'auth.signIn', { username: 'jonas', password: OWN_PASSWORD })).user?.username).toBe('jonas');
  });

  test('four failures do not lock', async () => {
    const c = (h = await makeCentre());
    await addUser(c, 'jonas', JONAS);
    await failTimes(c, 'jonas', 4);
    expect((await c.call('j', 'auth.signIn', { username: 'jonas', password: OWN_PASSWORD })).user?.username).toBe('jonas');
  });

  test('each further failure locks longer: 30 s, then 60 s, then 120 s', async () => {
    const c = (h = await makeCentre());
    await addUser(c, 'jonas', JONAS);
    await failTimes(c, 'jonas', 5);
    expect(expectError(await signIn(c, 'j', 'jonas', OWN_PASSWORD), 'LOCKED_OUT').params?.seconds).toBe(30);
    c.tick(31_000);
    await failTimes(c, 'jonas', 1);
    expect(expectError(await signIn(c, 'j', 'jonas', OWN_PASSWORD), 'LOCKED_OUT').params?.seconds).toBe(60);
    c.tick(61_000);
    await failTimes(c, 'jonas', 1);
    expect(expectError(await signIn(c, 'j', 'jonas', OWN_PASSWORD), 'LOCKED_OUT').params?.seconds).toBe(120);
  });

  test('an unknown username is locked out the same way (lockout does not reveal who exists)', async () => {
    const c = (h = await makeCentre());
    await failTimes(c, 'nera.tokio', 5);
    expect(expectError(await signIn(c, 'x', 'nera.tokio', 'Bet-koks-1234'), 'LOCKED_OUT').params).toEqual({ seconds: 30 });
  });

  test('restarting the app does not lift a lockout (it is kept in the key ring)', async () => {
    const c = (h = await makeCentre());
    await failTimes(c, ADMIN.username, 5);
    await c.app.shutdown();
    const restarted = makeHarness(c.dir);
    try {
      expectError(await signIn(restarted, 's', ADMIN.username, ADMIN.password), 'LOCKED_OUT', 'errors.lockedOut');
    } finally {
      await restarted.app.shutdown();
    }
  });
});

describe('failed sign-ins in the audit log', () => {
  test('while someone is signed in, each failure is written at once as auth.signInFailed', async () => {
    const c = (h = await makeCentre());
    await addUser(c, 'jonas', JONAS);
    await failTimes(c, 'jonas', 2);
    const { entries } = await c.call('admin', 'audit.list', {});
    const failed = entries.filter((e) => e.action === 'auth.signInFailed');
    expect(failed.map((e) => [e.username, e.details.failures])).toEqual([
      ['jonas', 2],
      ['jonas', 1],
    ]);
    expect(failed.every((e) => e.userId === null)).toBe(true);
  });

  test('while the database is closed, failures wait in the key ring and reach the log at the next sign-in', async () => {
    const c = (h = await makeCentre());
    await c.call('admin', 'auth.signOut', {});
    expect(c.app.isOpen).toBe(false);

    await failTimes(c, ADMIN.username, 2);
    await failTimes(c, 'nera.tokio', 1);
    const pending = ringOnDisk(c.dir).pendingAudit;
    expect(pending.map((p) => [p.action, p.username])).toEqual([
      ['auth.signInFailed', 'admin'],
      ['auth.signInFailed', 'admin'],
      ['auth.signInFailed', 'nera.tokio'],
    ]);

    await c.call('admin', 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(ringOnDisk(c.dir).pendingAudit).toEqual([]);
    const { entries } = await c.call('admin', 'audit.list', {});
    const actions = entries.map((e) => `${e.action}:${e.username}`).reverse();
    expect(actions.slice(-5)).toEqual([
      'auth.signOut:admin',
      'auth.signInFailed:admin',
      'auth.signInFailed:admin',
      'auth.signInFailed:nera.tokio',
      'auth.signIn:admin',
    ]);
  });
});
