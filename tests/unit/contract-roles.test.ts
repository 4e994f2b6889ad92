// Who may call what: every contract method against every role, and against sessions that are
// not signed in or are locked. The expectations come from the contract's own `access` flags.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contract, METHOD_NAMES, ROLES, type ErrorCode, type MethodName, type Role } from '../../electron/contract';
import { errorOf, expectError } from '../support/expect-api';
import { addUser, makeCentre, OWN_PASSWORD, type Harness } from '../support/harness';
import { validInputs, type CallFixture } from '../support/valid-inputs';
import { makeCycleCallFixture, type CycleCallFixture } from '../support/cycle-fixtures';
import { makeIntakeCallFixture, type IntakeCallFixture } from '../support/intake-fixtures';
import { makeServiceMapCallFixture, type ServiceMapCallFixture } from '../support/service-map-fixtures';

let c: Harness & { recoveryKey: string };
let victim: { id: number; username: string };
const creds = {} as Record<Role, { username: string; password: string }>;
let counter = 0;
let cycle: CycleCallFixture;
let intake: IntakeCallFixture;
let serviceMap: ServiceMapCallFixture;

/** Permitted calls with valid input succeed, except these, whose refusal is the method's own business. */
const EXPECTED_REFUSAL: Partial<Record<MethodName, ErrorCode>> = {
  'setup.initialise': 'ALREADY_INITIALISED',
  'auth.recover': 'NOT_FOUND', // the victim is no administrator
  'backup.restore': 'NOT_FOUND', // no such backup: a real restore would replace the data under the other cases
  'backup.listAtFirstRun': 'ALREADY_INITIALISED',
  'backup.restoreAtFirstRun': 'ALREADY_INITIALISED',
  'demo.fill': 'CONFLICT', // demo data goes only into a centre without cases
  'documents.certificationForm': 'NOT_FOUND', // the role fixture has no certification; printing one is tested in certification.test.ts
};

function permits(method: MethodName, role: Role): boolean {
  const access = contract[method].access;
  return access === 'public' || access === 'signedIn' || access.includes(role);
}

function fixture(role: Role): CallFixture {
  return {
    recoveryKey: c.recoveryKey,
    self: creds[role],
    victimId: victim.id,
    victimUsername: victim.username,
    unique: () => String(++counter),
    cycle,
    intake,
    serviceMap,
  };
}

async function signIn(session: string, role: Role): Promise<string> {
  await c.call(session, 'auth.signIn', { username: creds[role].username, password: creds[role].password });
  return session;
}

/** The role's long-lived session, signed in again only if a case left it unusable. */
async function roleSession(role: Role): Promise<string> {
  const session = `role:${role}`;
  const state = await c.call(session, 'auth.session', {});
  if (!state.user || state.locked) await signIn(session, role);
  return session;
}

beforeAll(async () => {
  c = await makeCentre();
  const victimId = await addUser(c, 'victim', { username: 'victim', fullName: 'Auka Bandomoji', roles: ['case_manager'] });
  victim = { id: victimId, username: 'victim' };
  for (const role of ROLES) {
    const username = `only.${role}`;
    const id = await addUser(c, `role:${role}`, { username, fullName: `Tik ${role}`, roles: [role] });
    creds[role] = { username, password: OWN_PASSWORD };
    if (role === 'case_manager') {
      cycle = await makeCycleCallFixture(c, id);
      intake = await makeIntakeCallFixture(c, id);
      serviceMap = await makeServiceMapCallFixture(c, id);
    }
  }
});
afterAll(async () => c?.close());

test('every contract method has a valid input in the table, and nothing else does', () => {
  expect(Object.keys(validInputs).sort()).toEqual([...METHOD_NAMES].sort());
});

describe.each(ROLES)('a user holding only %s', (role) => {
  test.each(METHOD_NAMES)('%s', async (method) => {
    const makeInput = validInputs[method];
    if (!makeInput) throw new Error(`no valid input for ${method} in tests/support/valid-inputs.ts`);
    // Methods that end or lock their session get one of their own, so the other cases stay independent.
    const session =
      method === 'auth.lock' || method === 'auth.signOut' ? await signIn(`fresh:${role}:${method}`, role) : await roleSession(role);
    const input = makeInput(fixture(role)) as Record<string, unknown>;

    const r = await c.raw(session, method, input);

    if (permits(method, role)) {
      if (!r.ok) expect(r.error.code, `${method} refused: ${JSON.stringify(r.error)}`).toBe(EXPECTED_REFUSAL[method]);
      else expect(EXPECTED_REFUSAL[method], `${method} was expected to be refused`).toBeUndefined();
      if (method === 'auth.changePassword') creds[role].password = input.newPassword as string;
    } else {
      expectError(r, 'FORBIDDEN', 'errors.forbidden');
    }
  });
});

test.each(METHOD_NAMES.filter((m) => !permits(m, 'case_manager')))('%s with invalid input from a case manager → still FORBIDDEN', async (method) => {
  expectError(await c.raw(await roleSession('case_manager'), method, { id: 'x', junk: true }), 'FORBIDDEN');
});

describe('a session that is not signed in', () => {
  const nonPublic = METHOD_NAMES.filter((m) => contract[m].access !== 'public');

  test('covers the signed-in methods', () => expect(nonPublic.length).toBeGreaterThan(5));

  test.each(nonPublic)('%s → UNAUTHENTICATED', async (method) => {
    const r = await c.raw('never-signed-in', method, validInputs[method](fixture('admin')));
    expectError(r, 'UNAUTHENTICATED', 'errors.signInRequired');
  });

  test.each(nonPublic)('%s with invalid input → still UNAUTHENTICATED (access is checked before input)', async (method) => {
    expectError(await c.raw('never-signed-in', method, 42), 'UNAUTHENTICATED');
  });

  test.each(METHOD_NAMES.filter((m) => contract[m].access === 'public' && m !== 'setup.initialise' && m !== 'auth.recover' && !m.endsWith('AtFirstRun')))(
    '%s (public) is answered',
    async (method) => {
      const input = method === 'auth.signIn' ? { username: 'victim', password: 'not-his-password' } : {};
      const r = await c.raw(`anon:${method}`, method, input);
      if (!r.ok) expect(r.error.code).toBe('BAD_CREDENTIALS');
    },
  );
});

describe.each(ROLES)('a locked session of a user holding only %s', (role) => {
  const lockedSessions = new Map<Role, string>();
  async function lockedSession(name = `locked:${role}`): Promise<string> {
    const existing = lockedSessions.get(role);
    if (existing && name === `locked:${role}`) return existing;
    await signIn(name, role);
    await c.call(name, 'auth.lock', {});
    if (name === `locked:${role}`) lockedSessions.set(role, name);
    return name;
  }

  const gated = METHOD_NAMES.filter((m) => contract[m].access !== 'public' && !contract[m].whileLocked);
  test.each(gated)('%s → SESSION_LOCKED', async (method) => {
    const r = await c.raw(await lockedSession(), method, validInputs[method](fixture(role)));
    expectError(r, 'SESSION_LOCKED', 'errors.sessionLocked');
  });

  const whileLocked = METHOD_NAMES.filter((m) => contract[m].whileLocked);
  test.each(whileLocked)('%s is allowed while locked', async (method) => {
    const session = await lockedSession(`locked:${role}:${method}`);
    const r = await c.raw(session, method, validInputs[method](fixture(role)));
    expect(r.ok, JSON.stringify(r.ok ? r.value : errorOf(r))).toBe(true);
  });

  test('the locked session stays locked after all those refusals', async () => {
    const state = await c.call(await lockedSession(), 'auth.session', {});
    expect(state).toMatchObject({ locked: true, user: { username: creds[role].username } });
  });
});
