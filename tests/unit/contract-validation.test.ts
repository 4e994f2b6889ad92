// Invalid input is refused with VALIDATION and translatable issues, before anything is written:
// neither the database (every table, checked through a second connection) nor the key ring changes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { contract, METHOD_NAMES, type MethodName } from '../../electron/contract';
import type { DbHandle } from '../../db/open';
import { rowCount, secondConnection, stateChecksum } from '../support/db-snapshot';
import { expectError } from '../support/expect-api';
import { addUser, ADMIN, makeCentre, type Harness } from '../support/harness';

/** [what is wrong, the input, the issue that must be among those reported ([path, messageKey])] */
type Case = [label: string, input: unknown, expected: [path: string, messageKey: string]];

const long = (n: number) => 'x'.repeat(n);
const goodCentre = { name: 'Centras', code: 'VSPC', municipality: 'LT-57' };
const goodAdmin = { fullName: 'Ona Onaitė', username: 'ona', password: 'Geras-Slaptas-11' };
const goodSettings = { centreName: 'Centras', centreCode: 'VSPC', municipality: 'LT-57', defaultLanguage: 'lt', autoLockMinutes: 10 } as const;
const goodUser = { fullName: 'Jonas Jonaitis', username: 'jonas', roles: ['case_manager'], language: 'lt', temporaryPassword: 'Laikinas-Slaptas-5' };
let victimId = 0; // set in beforeAll; read lazily by the cases that need it

const invalidInputs: Partial<Record<MethodName, Case[] | (() => Case[])>> = {
  'setup.initialise': [
    ['nothing at all', {}, ['centre', 'validation.invalid']],
    ['not an object', 42, ['', 'validation.invalid']],
    ['unknown municipality', { centre: { ...goodCentre, municipality: 'LT-99' }, admin: goodAdmin, language: 'lt' }, ['centre.municipality', 'validation.municipality']],
    ['bad centre code', { centre: { ...goodCentre, code: 'V' }, admin: goodAdmin, language: 'lt' }, ['centre.code', 'validation.centreCode']],
    ['centre name too long', { centre: { ...goodCentre, name: long(121) }, admin: goodAdmin, language: 'lt' }, ['centre.name', 'validation.tooLong']],
    ['weak password', { centre: goodCentre, admin: { ...goodAdmin, password: 'trumpas1' }, language: 'lt' }, ['admin.password', 'validation.passwordTooShort']],
    ['password contains the username', { centre: goodCentre, admin: { ...goodAdmin, password: 'Ona-Slaptas-1234' }, language: 'lt' }, ['admin.password', 'validation.passwordHasUsername']],
    ['bad username', { centre: goodCentre, admin: { ...goodAdmin, username: 'Ona Onaitė' }, language: 'lt' }, ['admin.username', 'validation.usernameFormat']],
    ['unknown language', { centre: goodCentre, admin: goodAdmin, language: 'de' }, ['language', 'validation.language']],
  ],
  'auth.signIn': [
    ['missing password', { username: 'admin' }, ['password', 'validation.required']],
    ['empty password', { username: 'admin', password: '' }, ['password', 'validation.required']],
    ['password too long', { username: 'admin', password: long(201) }, ['password', 'validation.passwordTooLong']],
    ['username too short', { username: 'ab', password: 'x' }, ['username', 'validation.usernameFormat']],
    ['username too long', { username: long(33), password: 'x' }, ['username', 'validation.usernameFormat']],
    ['username with spaces', { username: 'ad min', password: 'x' }, ['username', 'validation.usernameFormat']],
    ['username not a string', { username: 7, password: 'x' }, ['username', 'validation.required']],
  ],
  'auth.unlock': [
    ['missing password', {}, ['password', 'validation.required']],
    ['password not a string', { password: 12345678901 }, ['password', 'validation.required']],
    ['password too long', { password: long(201) }, ['password', 'validation.passwordTooLong']],
  ],
  'auth.changePassword': [
    ['missing current password', { newPassword: 'Naujas-Slaptas-1' }, ['currentPassword', 'validation.required']],
    ['new password too short', { currentPassword: ADMIN.password, newPassword: 'Trump-1' }, ['newPassword', 'validation.passwordTooShort']],
    ['new password too long', { currentPassword: ADMIN.password, newPassword: `Aa1-${long(197)}` }, ['newPassword', 'validation.passwordTooLong']],
    ['new password common', { currentPassword: ADMIN.password, newPassword: 'Password123' }, ['newPassword', 'validation.passwordCommon']],
    ['new password one kind of character', { currentPassword: ADMIN.password, newPassword: 'slaptazodziai' }, ['newPassword', 'validation.passwordVariety']],
    // These two pass the schema and are refused by the service, after the current password is checked.
    ['new password contains the username', { currentPassword: ADMIN.password, newPassword: 'Admin-Slaptas-77' }, ['newPassword', 'validation.passwordHasUsername']],
    ['new password same as the current one', { currentPassword: ADMIN.password, newPassword: ADMIN.password }, ['newPassword', 'validation.passwordUnchanged']],
  ],
  'auth.recover': [
    ['empty recovery key', { recoveryKey: '  ', username: 'admin', newPassword: 'Naujas-Slaptas-1' }, ['recoveryKey', 'validation.required']],
    ['recovery key too long', { recoveryKey: long(201), username: 'admin', newPassword: 'Naujas-Slaptas-1' }, ['recoveryKey', 'validation.invalid']],
    ['bad username', { recoveryKey: 'AAAA', username: 'a', newPassword: 'Naujas-Slaptas-1' }, ['username', 'validation.usernameFormat']],
    ['weak new password', { recoveryKey: 'AAAA', username: 'admin', newPassword: '1111111111' }, ['newPassword', 'validation.passwordCommon']],
  ],
  'me.setLanguage': [
    ['unknown language', { language: 'ru' }, ['language', 'validation.language']],
    ['missing language', {}, ['language', 'validation.language']],
  ],
  'users.create': [
    ['nothing at all', {}, ['username', 'validation.required']],
    ['full name blank', { ...goodUser, fullName: '   ' }, ['fullName', 'validation.required']],
    ['full name too long', { ...goodUser, fullName: long(121) }, ['fullName', 'validation.tooLong']],
    ['username with Lithuanian letters', { ...goodUser, username: 'žydrūnė' }, ['username', 'validation.usernameFormat']],
    ['no roles', { ...goodUser, roles: [] }, ['roles', 'validation.rolesRequired']],
    ['unknown role', { ...goodUser, roles: ['director'] }, ['roles.0', 'validation.role']],
    ['unknown language', { ...goodUser, language: 'pl' }, ['language', 'validation.language']],
    ['weak temporary password', { ...goodUser, temporaryPassword: 'abc' }, ['temporaryPassword', 'validation.passwordTooShort']],
    ['temporary password contains the username', { ...goodUser, temporaryPassword: 'Jonas-Laikinas-5' }, ['temporaryPassword', 'validation.passwordHasUsername']],
  ],
  'users.update': () => [
    ['id zero', { id: 0, fullName: 'Vardas', roles: ['admin'] }, ['id', 'validation.invalid']],
    ['id not a number', { id: 'one', fullName: 'Vardas', roles: ['admin'] }, ['id', 'validation.invalid']],
    ['full name too long', { id: victimId, fullName: long(121), roles: ['case_manager'] }, ['fullName', 'validation.tooLong']],
    ['no roles', { id: victimId, fullName: 'Vardas', roles: [] }, ['roles', 'validation.rolesRequired']],
    ['roles not a list', { id: victimId, fullName: 'Vardas', roles: 'admin' }, ['roles', 'validation.invalid']],
  ],
  'users.disable': [
    ['missing id', {}, ['id', 'validation.invalid']],
    ['negative id', { id: -1 }, ['id', 'validation.invalid']],
    ['fractional id', { id: 1.5 }, ['id', 'validation.invalid']],
  ],
  'users.resetPassword': () => [
    ['missing password', { id: victimId }, ['temporaryPassword', 'validation.required']],
    ['weak password', { id: victimId, temporaryPassword: 'aaaaaaaaaaaa' }, ['temporaryPassword', 'validation.passwordVariety']],
    ['password contains the username', { id: victimId, temporaryPassword: 'Victim-Laikinas-5' }, ['temporaryPassword', 'validation.passwordHasUsername']],
  ],
  'settings.update': [
    ['nothing at all', {}, ['centreName', 'validation.required']],
    ['unknown municipality', { ...goodSettings, municipality: 'LT-99' }, ['municipality', 'validation.municipality']],
    ['municipality by name', { ...goodSettings, municipality: 'Vilniaus miesto savivaldybė' }, ['municipality', 'validation.municipality']],
    ['centre code too long', { ...goodSettings, centreCode: 'ABCDEFGHIJK' }, ['centreCode', 'validation.centreCode']],
    ['centre code with a dash', { ...goodSettings, centreCode: 'VS-PC' }, ['centreCode', 'validation.centreCode']],
    ['auto-lock zero', { ...goodSettings, autoLockMinutes: 0 }, ['autoLockMinutes', 'validation.autoLockRange']],
    ['auto-lock over four hours', { ...goodSettings, autoLockMinutes: 241 }, ['autoLockMinutes', 'validation.autoLockRange']],
    ['auto-lock fractional', { ...goodSettings, autoLockMinutes: 1.5 }, ['autoLockMinutes', 'validation.wholeNumber']],
    ['auto-lock as text', { ...goodSettings, autoLockMinutes: '10' }, ['autoLockMinutes', 'validation.required']],
    ['unknown language', { ...goodSettings, defaultLanguage: 'EN' }, ['defaultLanguage', 'validation.language']],
  ],
  'audit.list': [
    ['limit zero', { limit: 0 }, ['limit', 'validation.invalid']],
    ['limit too large', { limit: 501 }, ['limit', 'validation.invalid']],
    ['negative offset', { offset: -1 }, ['offset', 'validation.invalid']],
    ['limit as text', { limit: '10' }, ['limit', 'validation.invalid']],
  ],
};

// The case-cycle, service-map, documents, backup and package methods: a call that is not an object at
// all, and where the input names a record by id, an id of zero. Each must be refused before anything runs.
const ID_FIELDS = ['id', 'caseId', 'clientId', 'stepId', 'taskId', 'referralId', 'providerId', 'serviceId', 'consentId'] as const;
function genericCases(method: MethodName): Case[] {
  const out: Case[] = [['not an object', 42, ['', 'validation.invalid']]];
  const input = contract[method].input;
  const shape = input instanceof z.ZodObject ? (input.shape as Record<string, unknown>) : {};
  const idField = ID_FIELDS.find((f) => f in shape);
  if (idField) out.push([`${idField} zero`, { [idField]: 0 }, [idField, 'validation.invalid']]);
  return out;
}

const withInput = METHOD_NAMES.filter((m) => {
  const input = contract[m].input;
  return !(input instanceof z.ZodObject) || Object.keys(input.shape).length > 0;
});

let c: Harness;
let conn: DbHandle;

beforeAll(async () => {
  c = await makeCentre();
  victimId = await addUser(c, 'victim', { username: 'victim', fullName: 'Auka Bandomoji', roles: ['case_manager'] });
  // Someone who holds every role, so role checks never answer before validation does.
  await addUser(c, 'everyone', { username: 'visi', fullName: 'Visų Vaidmenų', roles: ['case_manager', 'supervisor', 'admin'] });
  conn = secondConnection(c);
});
afterAll(async () => {
  conn?.close();
  await c?.close();
});

// The foundation's methods have hand-written cases; every later method at least the generic ones.
for (const m of withInput) if (!(m in invalidInputs)) invalidInputs[m] = genericCases(m);

test('every method that takes input has invalid cases, and only those', () => {
  expect(withInput.length).toBeGreaterThan(5);
  expect(Object.keys(invalidInputs).sort()).toEqual([...withInput].sort());
});

describe.each(withInput)('%s', (method) => {
  const entry = invalidInputs[method];
  const cases = () => (typeof entry === 'function' ? entry() : (entry ?? []));
  // Labels are known before beforeAll runs; inputs that need ids are built when the test runs.
  const labels = (typeof entry === 'function' ? entry() : (entry ?? [])).map((cs) => cs[0]);

  test.each(labels)('%s → VALIDATION, nothing written', async (label) => {
    const [, input, [path, messageKey]] = cases().find((cs) => cs[0] === label)!;
    const auditBefore = rowCount(conn.sqlite, 'audit_log');
    const before = stateChecksum(c, conn);

    const r = await c.raw(method.startsWith('auth.') || method === 'me.setLanguage' ? 'admin' : 'everyone', method, input);

    const e = expectError(r, 'VALIDATION');
    expect(e.issues?.length).toBeGreaterThan(0);
    for (const issue of e.issues!) expect(issue.messageKey).toMatch(/^validation\.[a-zA-Z]+$/);
    expect(e.issues).toContainEqual({ path, messageKey });
    expect(rowCount(conn.sqlite, 'audit_log')).toBe(auditBefore);
    expect(stateChecksum(c, conn)).toBe(before);
  });
});

test('the administrator is still signed in and the victim untouched after all that', async () => {
  const state = await c.call('admin', 'auth.session', {});
  expect(state).toMatchObject({ locked: false, user: { username: ADMIN.username } });
  const users = await c.call('admin', 'users.list', {});
  expect(users.map((u) => u.username).sort()).toEqual(['admin', 'victim', 'visi']);
  expect(users.find((u) => u.id === victimId)).toMatchObject({ fullName: 'Auka Bandomoji', disabled: false, roles: ['case_manager'] });
});

test('an unknown method → UNKNOWN_METHOD, whoever asks', async () => {
  for (const session of ['admin', 'nobody']) {
    for (const method of ['users.drop', 'constructor', '__proto__', 'toString', '', 42, null]) {
      expectError(await c.raw(session, method as string, {}), 'UNKNOWN_METHOD', 'errors.unknownMethod');
    }
  }
});

test('control: a valid change is seen by the same checksum and grows the audit log', async () => {
  const auditBefore = rowCount(conn.sqlite, 'audit_log');
  const before = stateChecksum(c, conn);
  await c.call('admin', 'settings.update', { ...goodSettings, autoLockMinutes: 11 });
  expect(rowCount(conn.sqlite, 'audit_log')).toBe(auditBefore + 1);
  expect(stateChecksum(c, conn)).not.toBe(before);
});
