import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { contract, ERROR_CODES, METHOD_NAMES, ROLES, type MethodName, type Role } from '../../electron/contract';
import type { Sqlite } from '../../db/open';
import { addUser, makeCentre, type Harness } from '../support/harness';

/**
 * Issue 6, item 4: thousands of random and malformed inputs to every contract method, as every role.
 * The service never crashes, always answers a typed error or a valid result, and a refused call
 * changes no data (only the audit log may grow, by the entries a refusal is meant to leave).
 * FUZZ_RUNS sets the runs per method and role (npm run fuzz -- N for a long run).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// These end or lock the caller's own session on any input; they are exercised by the role and lock tests.
const SESSION_ENDERS = new Set<MethodName>(['auth.signOut', 'auth.lock']);
// Checking a password costs a scrypt derivation (~0.3 s); fewer runs keep npm test quick.
const SLOW = new Set<MethodName>(['auth.signIn', 'auth.unlock', 'auth.changePassword', 'auth.recover', 'users.create', 'users.resetPassword', 'setup.initialise']);
const REFUSAL_TRACES = new Set(['auth.signInFailed', 'auth.recoverFailed', 'access.denied']);

/** Every table but the audit log (and its autoincrement counter in sqlite_sequence), row by row. */
function dataChecksum(sqlite: Sqlite): string {
  const hash = createHash('sha256');
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'sqlite_sequence') ORDER BY name`).pluck().all() as string[];
  for (const t of tables) {
    hash.update(`#${t}\n`);
    for (const row of sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().iterate()) hash.update(JSON.stringify(row) + '\n');
  }
  return hash.digest('hex');
}

const plausibleString = fc.oneof(
  fc.constantFrom('', ' ', 'admin', 'lt', 'en', 'PWD', 'PLP', 'YLC', 'OTHER', 'high', 'case_manager', 'supervisor', 'LT-15', '2026-02-30', '2026-11-23', '1999-13-01', 'Šimkutė', '39001010011', '48705120216', "'; DROP TABLE users; --", '\u0000', '../../etc/passwd'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ minLength: 250, maxLength: 300 }),
);
const plausibleValue: fc.Arbitrary<unknown> = fc.oneof(
  plausibleString,
  fc.integer({ min: -3, max: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(plausibleString, { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

function objectShape(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as Record<string, unknown>) : [];
}

function inputFor(method: MethodName): fc.Arbitrary<unknown> {
  const keys = objectShape(contract[method].input);
  const shaped = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, plausibleValue])), { requiredKeys: [] }) : fc.constant({});
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: fc.anything(), weight: 1 });
}

describe('fuzzed contract (issue 6: never crash, typed answers, refusals change nothing)', () => {
  let h: Harness;
  const sessions = new Map<Role, string>();
  let calls = 0;
  /** The fuzzers' own accounts: a random but valid call may disable or reset a user, and that must not be them. */
  const protectedIds = new Set<number>();
  beforeAll(async () => {
    h = await makeCentre();
    sessions.set('admin', 'admin');
    await addUser(h, 'cm', { username: 'vadybininke', fullName: 'Vadybininkė Fuzz', roles: ['case_manager'] });
    await addUser(h, 'sup', { username: 'vadove', fullName: 'Vadovė Fuzz', roles: ['supervisor'] });
    sessions.set('case_manager', 'cm');
    sessions.set('supervisor', 'sup');
    for (const s of sessions.values()) protectedIds.add((await h.call(s, 'auth.session', {})).user!.id);
    // Victims for the user-administration methods to hit instead.
    for (const n of [1, 2, 3]) {
      await h.call('admin', 'users.create', { fullName: `Auka ${n}`, username: `auka${n}`, roles: ['case_manager'], language: 'lt', temporaryPassword: 'Laikinas-Slaptas-5' });
    }
  });
  afterAll(async () => {
    console.log(`contract fuzz: ${calls} calls across ${METHOD_NAMES.length - SESSION_ENDERS.size} methods × ${ROLES.length} roles`);
    await h.close();
  });

  for (const method of METHOD_NAMES.filter((m) => !SESSION_ENDERS.has(m))) {
    test(`${method}: random input as every role`, async () => {
      const sqlite = h.app.handle.sqlite;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ROLES), inputFor(method), async (role, input) => {
          const id = (input as { id?: unknown } | null)?.id;
          fc.pre(!(typeof id === 'number' && protectedIds.has(id)));
          const before = dataChecksum(sqlite);
          const auditBefore = sqlite.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
          const r = await h.raw(sessions.get(role)!, method, input);
          calls++;
          expect(typeof r.ok).toBe('boolean');
          if (r.ok) {
            // A success must match the contract's output (the dispatcher checks, this re-checks).
            expect(contract[method].output.safeParse(r.value).success).toBe(true);
            return;
          }
          expect(ERROR_CODES).toContain(r.error.code);
          expect(r.error.code).not.toBe('INTERNAL');
          expect(r.error.messageKey).toMatch(/^(errors|validation)\./);
          expect(dataChecksum(sqlite)).toBe(before);
          const added = sqlite.prepare('SELECT action FROM audit_log WHERE id > ?').pluck().all(auditBefore) as string[];
          expect(added.filter((a) => !REFUSAL_TRACES.has(a))).toEqual([]);
        }),
        { numRuns: SLOW.has(method) ? Math.max(10, Math.ceil(RUNS / 15)) : RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
      );
      // The callers are still signed in and unlocked: nothing in the fuzz ended their sessions.
      for (const s of sessions.values()) expect((await h.call(s, 'auth.session', {})).user).not.toBeNull();
    });
  }
});
