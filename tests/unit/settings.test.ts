// Centre settings: what setup stored, what an administrator changes, and what the sign-in screen shows.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { expectError } from '../support/expect-api';
import { ADMIN, makeCentre, makeHarness, type Harness } from '../support/harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

test('before setup, app.status says not initialised', async () => {
  h = makeHarness();
  expect(await h.call('anyone', 'app.status', {})).toEqual({ initialised: false, centreName: null, defaultLanguage: 'lt' });
});

test('settings.get returns what setup stored', async () => {
  const c = (h = await makeCentre());
  expect(await c.call('admin', 'settings.get', {})).toEqual({
    centreName: 'Vilniaus socialinių paslaugų centras',
    centreCode: 'VSPC',
    municipality: 'LT-57',
    defaultLanguage: 'lt',
    autoLockMinutes: 10,
  });
});

test('settings.update then settings.get round-trips (with the code and name tidied)', async () => {
  const c = (h = await makeCentre());
  const saved = await c.call('admin', 'settings.update', {
    centreName: '  Kauno rajono socialinių paslaugų centras ',
    centreCode: ' krspc ',
    municipality: 'LT-16',
    defaultLanguage: 'en',
    autoLockMinutes: 240,
  });
  const expected = { centreName: 'Kauno rajono socialinių paslaugų centras', centreCode: 'KRSPC', municipality: 'LT-16', defaultLanguage: 'en', autoLockMinutes: 240 };
  expect(saved).toEqual(expected);
  expect(await c.call('admin', 'settings.get', {})).toEqual(expected);
  expect((await c.call('admin', 'auth.session', {})).autoLockMinutes).toBe(240);
});

test('app.status shows the new centre name and language to someone not signed in, also after sign-out and a restart', async () => {
  const c = (h = await makeCentre());
  const settings = await c.call('admin', 'settings.get', {});
  await c.call('admin', 'settings.update', { ...settings, centreName: 'Naujas centro pavadinimas', defaultLanguage: 'en' });
  const expected = { initialised: true, centreName: 'Naujas centro pavadinimas', defaultLanguage: 'en' };

  expect(await c.call('stranger', 'app.status', {})).toEqual(expected);
  await c.call('admin', 'auth.signOut', {});
  expect(c.app.isOpen).toBe(false);
  expect(await c.call('stranger', 'app.status', {})).toEqual(expected);

  await c.app.shutdown();
  const restarted = makeHarness(c.dir);
  try {
    expect(await restarted.call('fresh', 'app.status', {})).toEqual(expected);
    expect((await restarted.call('fresh', 'auth.session', {})).user).toBeNull();
  } finally {
    await restarted.app.shutdown();
  }
});

test('setup cannot be run twice: ALREADY_INITIALISED, and the first administrator still signs in', async () => {
  const c = (h = await makeCentre());
  const again = await c.raw('intruder', 'setup.initialise', {
    centre: { name: 'Kitas', code: 'KITAS', municipality: 'LT-15' },
    admin: { fullName: 'Įsibrovėlis', username: 'intruder', password: 'Kitas-Slaptazodis-8' },
    language: 'en',
  });
  expectError(again, 'ALREADY_INITIALISED', 'errors.alreadyInitialised');
  expect(await c.call('intruder', 'app.status', {})).toMatchObject({ centreName: 'Vilniaus socialinių paslaugų centras' });
  expectError(await c.raw('i2', 'auth.signIn', { username: 'intruder', password: 'Kitas-Slaptazodis-8' }), 'BAD_CREDENTIALS');
  expect((await c.call('a2', 'auth.signIn', { username: ADMIN.username, password: ADMIN.password })).user?.username).toBe('admin');
});

test('an interrupted first run (database file, no key ring) can be run again; the unreadable file is kept aside', async () => {
  h = makeHarness();
  writeFileSync(join(h.dir, 'atvejis.db'), 'left over from a first run that crashed');
  expect((await h.call('s', 'app.status', {})).initialised).toBe(false);
  await h.call('s', 'setup.initialise', {
    centre: { name: 'Centras', code: 'CNT', municipality: 'LT-01' },
    admin: { fullName: ADMIN.fullName, username: ADMIN.username, password: ADMIN.password },
    language: 'en',
  });
  expect(readdirSync(h.dir).filter((f) => f.startsWith('atvejis.db.orphaned-'))).toHaveLength(1);
  expect(existsSync(join(h.dir, 'atvejis.db'))).toBe(true);
  expect((await h.call('s', 'auth.signIn', { username: ADMIN.username, password: ADMIN.password })).user?.username).toBe('admin');
});
