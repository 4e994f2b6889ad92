// Demo data (issue 3, item 13): the generator makes believable, valid people and cases; the bulk
// writer stores them without breaking a database rule; the demo centre can be signed into.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../db/repositories/audit';
import { withRead } from '../../db/transaction';
import { buildDemoCentre } from '../../electron/cli/demo-centre';
import type { MethodOutput } from '../../electron/contract';
import { addMonths, compareDates, daysBetween } from '../../electron/core/calendar-dates';
import { DEMO_CLOSURE_REASONS, DEMO_PHASES, DEMO_TARGET_GROUPS, planDemo, type DemoBundle } from '../../electron/core/demo/generate';
import { isEntryPointFor } from '../../electron/core/entry-points';
import { validatePersonalCode } from '../../electron/core/personal-code';
import { AppContext } from '../../electron/services/app-context';
import { DEMO_PASSWORD } from '../../electron/services/demo';
import { createDispatcher } from '../../electron/services/dispatcher';
import { expectError } from '../support/expect-api';
import { addUser, makeCentre, type Harness } from '../support/harness';

const TODAY = '2026-11-23';
const HARNESS_NOW = Date.parse('2026-11-23T09:00:00Z');

function generate(cases: number, seed: number): DemoBundle[] {
  return [...planDemo({ cases, seed, today: TODAY }).bundles()];
}

describe('the generator', () => {
  const bundles = generate(800, 42);
  const allCases = bundles.flatMap((b) => b.cases.map((c) => ({ ...c, client: b.client })));

  test('makes exactly the number of cases asked for', () => {
    expect(allCases).toHaveLength(800);
    expect(generate(7, 1).flatMap((b) => b.cases)).toHaveLength(7);
  });

  test('R1 every generated personal code is valid and agrees with the birth date and sex; some people have none', () => {
    const withCode = bundles.filter((b) => b.client.personalCode !== null);
    for (const { client } of withCode) {
      const r = validatePersonalCode(client.personalCode!);
      expect(r, client.personalCode!).toEqual({ ok: true, birthDate: client.birthDate, sex: client.sex });
    }
    expect(new Set(withCode.map((b) => b.client.personalCode)).size).toBe(withCode.length);
    const without = bundles.length - withCode.length;
    expect(without).toBeGreaterThan(0);
    expect(without / bundles.length).toBeLessThan(0.2);
  });

  test('names are Lithuanian, with diacritics and female surname forms', () => {
    const names = bundles.map((b) => `${b.client.firstName} ${b.client.lastName}`);
    const withDiacritics = names.filter((n) => /[ąčęėįšųūž]/i.test(n));
    expect(withDiacritics.length / names.length).toBeGreaterThan(0.4);
    const women = bundles.filter((b) => b.client.sex === 'F' && b.client.personalCode !== null);
    // Šimkutė, Žemaitienė, Kazlauskaitė: a Lithuanian woman's surname ends in -ė.
    expect(women.every((b) => b.client.lastName.endsWith('ė'))).toBe(true);
    expect(bundles.every((b) => b.client.address === '' || /LT-\d{5} /.test(b.client.address))).toBe(true);
  });

  test('every target group and every phase occurs, with entry points offered for the group (R1)', () => {
    expect(new Set(allCases.map((c) => c.targetGroup))).toEqual(new Set(DEMO_TARGET_GROUPS));
    expect(new Set(allCases.map((c) => c.phase))).toEqual(new Set(DEMO_PHASES));
    for (const c of allCases) {
      expect(isEntryPointFor(c.targetGroup, c.entryPoint), `${c.targetGroup} ${c.entryPoint}`).toBe(true);
      if (c.entryPoint === 'other') expect(c.entryPointOther).not.toBe('');
    }
  });

  test('even a tiny demo shows every group and phase', () => {
    const tiny = generate(14, 5).flatMap((b) => b.cases);
    expect(new Set(tiny.map((c) => c.targetGroup))).toEqual(new Set(DEMO_TARGET_GROUPS));
    expect(new Set(tiny.map((c) => c.phase))).toEqual(new Set(DEMO_PHASES));
  });

  test('R3 eligible YLC clients are 16–24 on the intake date; PLP cases have a prison and release date', () => {
    for (const c of allCases) {
      if (c.targetGroup === 'YLC' && c.eligibility.some((e) => e.eligible)) {
        const age = Math.floor(daysBetween(c.client.birthDate!, c.intakeDate) / 365.25);
        expect(age).toBeGreaterThanOrEqual(16);
        expect(age).toBeLessThanOrEqual(24);
        expect(c.ylcCriterion).not.toBeNull();
      }
      if (c.targetGroup === 'PLP') {
        expect(c.prison).not.toBe('');
        expect(c.releaseDate).not.toBeNull();
      }
    }
  });

  test('R14/R15 closures with all seven reasons, pending and returned requests, and reopened cases', () => {
    const closures = allCases.flatMap((c) => c.closures);
    expect(new Set(closures.map((x) => x.reason))).toEqual(new Set(DEMO_CLOSURE_REASONS));
    expect(closures.some((x) => x.status === 'requested')).toBe(true);
    expect(closures.some((x) => x.status === 'returned')).toBe(true);
    for (const c of allCases) {
      const authorised = c.closures.filter((x) => x.status === 'authorised');
      if (c.phase === 'closed' && c.eligibility.every((e) => e.eligible)) expect(authorised).toHaveLength(1);
      if (c.phase !== 'closed') expect(authorised).toHaveLength(0);
    }
    expect(allCases.some((c) => c.reopensPrevious)).toBe(true);
    for (const b of bundles) {
      expect(b.cases.filter((c) => c.phase !== 'closed').length).toBeLessThanOrEqual(1);
      b.cases.slice(0, -1).forEach((c, i) => {
        expect(c.phase).toBe('closed');
        expect(compareDates(c.closedOn!, b.cases[i + 1]!.intakeDate)).toBeLessThan(0);
      });
    }
  });

  test('R6 plan versions: signed ones with both signatures, drafts only as the latest version', () => {
    const plans = allCases.flatMap((c) => c.plans.map((p, i) => ({ p, latest: i === c.plans.length - 1 })));
    expect(plans.some(({ p }) => p.status === 'draft')).toBe(true);
    expect(plans.some(({ p }) => p.status === 'signed' && p.version > 1)).toBe(true);
    for (const { p, latest } of plans) {
      if (p.status === 'signed') expect(p.signedByClientOn && p.signedByManagerOn).toBeTruthy();
      else expect(latest).toBe(true);
    }
  });

  test('R13 some items are deliberately due or overdue on the given day', () => {
    const open = allCases.filter((c) => c.phase !== 'closed');
    const planOverdue = open.filter((c) => c.assignedOn && !c.plans.some((p) => p.status === 'signed') && compareDates(addMonths(c.assignedOn, 1), TODAY) < 0);
    const reviewOverdue = open.filter((c) => {
      const signed = c.plans.filter((p) => p.status === 'signed').map((p) => p.signedByManagerOn!);
      const last = [...signed, ...c.reviews.map((r) => r.reviewedOn)].sort().at(-1);
      return last !== undefined && compareDates(addMonths(last, 6), TODAY) < 0;
    });
    const stepsDue = open.filter((c) => c.plans.some((p) => p.status === 'signed' && p.goals.some((g) => g.steps.some((s) => s.status === 'open' && s.dueDate && compareDates(s.dueDate, TODAY) <= 0))));
    const releaseSoon = open.filter((c) => c.releaseDate && compareDates(c.releaseDate, TODAY) > 0 && compareDates(c.releaseDate, addMonths(TODAY, 3)) <= 0);
    const unreachable = open.filter((c) => c.unreachableSince && compareDates(addMonths(c.unreachableSince, 1), TODAY) <= 0);
    const tasksOverdue = open.filter((c) => c.tasks.some((t) => !t.doneOn && compareDates(t.dueDate, TODAY) < 0));
    const counts = { planOverdue: planOverdue.length, reviewOverdue: reviewOverdue.length, stepsDue: stepsDue.length, releaseSoon: releaseSoon.length, unreachable: unreachable.length, tasksOverdue: tasksOverdue.length };
    for (const [kind, n] of Object.entries(counts)) expect(n, kind).toBeGreaterThan(0);
  });

  test('nothing is dated after today, and every episode runs forward in time', () => {
    for (const c of allCases) {
      const dates = [
        c.intakeDate, c.assignedOn, c.closedOn, c.unreachableSince, c.neetSince,
        ...c.eligibility.map((e) => e.decidedOn), ...c.assessments.map((a) => a.assessedOn), ...c.reviews.map((r) => r.reviewedOn),
        ...c.notes.map((n) => n.contactDate), ...c.closures.map((x) => x.requestedOn), ...c.warnings.map((w) => w.givenOn),
        ...c.plans.flatMap((p) => [p.signedByClientOn, p.signedByManagerOn]),
      ].filter((d): d is string => d !== null);
      for (const d of dates) expect(compareDates(d, TODAY), `${d} in ${c.intakeDate}`).toBeLessThanOrEqual(0);
      if (c.assignedOn) expect(compareDates(c.intakeDate, c.assignedOn)).toBeLessThanOrEqual(0);
      if (c.closedOn) expect(compareDates(c.intakeDate, c.closedOn)).toBeLessThanOrEqual(0);
    }
  });

  test('the same seed gives the same data; another seed other data', () => {
    expect(JSON.stringify(generate(120, 9))).toBe(JSON.stringify(generate(120, 9)));
    expect(JSON.stringify(generate(120, 10))).not.toBe(JSON.stringify(generate(120, 9)));
    const a = planDemo({ cases: 120, seed: 9, today: TODAY });
    const b = planDemo({ cases: 120, seed: 9, today: TODAY });
    expect(a.staff).toEqual(b.staff);
  });
});

describe('demo.fill in a real centre', () => {
  let c: Harness;
  let filled: MethodOutput<'demo.fill'>;

  beforeAll(async () => {
    c = await makeCentre();
    expect(await c.call('admin', 'demo.status', {})).toEqual({ cases: 0, canFill: true, maxCases: 2000 });
    filled = await c.call('admin', 'demo.fill', { cases: 300 });
  }, 180_000);
  afterAll(async () => c?.close());

  const sql = <T>(q: string, ...params: unknown[]) => withRead(c.app.handle, async (db) => db.$client.prepare(q).all(...params) as T[]);

  test('the database passes its integrity and foreign key checks, and the audit chain holds', async () => {
    expect(await sql('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(await sql('PRAGMA foreign_key_check')).toEqual([]);
    expect((await withRead(c.app.handle, verifyAuditChain)).ok).toBe(true);
  });

  test('what was reported is what is stored', async () => {
    const [row] = await sql<{ cases: number; clients: number; notes: number; closures: number }>(
      'SELECT (SELECT count(*) FROM cases) AS cases, (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM case_notes) AS notes, (SELECT count(*) FROM closures) AS closures',
    );
    expect(row).toEqual({ cases: 300, clients: filled.counts.clients, notes: filled.counts.caseNotes, closures: filled.counts.closures });
    expect(await c.call('admin', 'demo.status', {})).toEqual({ cases: 300, canFill: false, maxCases: 2000 });
  });

  test('one open case per client; a reopened case follows a closed case of the same client (R15)', async () => {
    expect(await sql("SELECT client_id FROM cases WHERE phase <> 'closed' GROUP BY client_id HAVING count(*) > 1")).toEqual([]);
    const links = await sql<{ same: number; prevPhase: string }>(
      'SELECT n.client_id = p.client_id AS same, p.phase AS prevPhase FROM cases n JOIN cases p ON p.id = n.previous_case_id',
    );
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.same === 1 && l.prevPhase === 'closed')).toBe(true);
    const numbers = await sql<{ n: string }>('SELECT case_number AS n FROM cases');
    expect(numbers.every((r) => /^VSPC-\d{4}-\d{5}$/.test(r.n))).toBe(true);
  });

  test('a second fill is refused once the centre has cases', async () => {
    expectError(await c.raw('admin', 'demo.fill', { cases: 5 }), 'CONFLICT', 'errors.demoCentreHasCases');
    expectError(await c.raw('admin', 'demo.fill', { cases: 2001 }), 'VALIDATION');
  });

  test('only an administrator may fill', async () => {
    await addUser(c, 'cm', { username: 'paprasta', fullName: 'Paprasta Vadybininkė', roles: ['case_manager', 'supervisor'] });
    expectError(await c.raw('cm', 'demo.fill', { cases: 5 }), 'FORBIDDEN');
  });

  test('a demo case manager signs in with the printed password and has a working Today list and case list', async () => {
    const cm = filled.users.find((u) => u.roles.includes('case_manager'))!;
    await c.call('democm', 'auth.signIn', { username: cm.username, password: filled.password });
    const list = await c.call('democm', 'cases.list', { limit: 20 });
    expect(list.total).toBeGreaterThan(0);
    const today = await c.call('democm', 'today.list', {});
    expect(today.items.length).toBeGreaterThan(0);
    expect(today.items.some((i) => i.overdue)).toBe(true);
    const sup = filled.users.find((u) => u.roles.includes('supervisor'))!;
    await c.call('demosup', 'auth.signIn', { username: sup.username, password: filled.password });
    expect((await c.call('demosup', 'today.list', {})).items.some((i) => i.kind === 'closureAwaiting')).toBe(true);
  });
});

describe('npm run demo (buildDemoCentre)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atvejis-demo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Three centres' worth of key-ring work (scrypt for every user and sign-in): slow on a busy machine.
  test('sets up a new centre whose printed administrator password and demo passwords open it later', { timeout: 240_000 }, async () => {
    const built = await buildDemoCentre({ dataDir: dir, cases: 40, seed: 3, now: () => HARNESS_NOW });
    expect(built.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    expect(built.admin.password).toBe(DEMO_PASSWORD);
    const cmName = built.result.users.find((u) => u.roles.includes('case_manager'))!.username;
    await built.app.shutdown();

    // A fresh start of the program, as after `npm run start:browser -- --data-dir DIR`.
    const app = new AppContext({ dataDir: dir, now: () => HARNESS_NOW });
    const dispatch = createDispatcher(app);
    try {
      const admin = await dispatch('s1', 'auth.signIn', { username: built.admin.username, password: built.admin.password });
      expect(admin.ok).toBe(true);
      const cm = await dispatch('s2', 'auth.signIn', { username: cmName, password: built.result.password });
      expect(cm.ok && (cm.value as { user: { username: string } }).user.username).toBe(cmName);
      expect((await dispatch('s3', 'auth.signIn', { username: cmName, password: 'Wrong-password-1' })).ok).toBe(false);
    } finally {
      await app.shutdown();
    }

    // Again without --force: refused; with --force: added, with new case numbers and codes.
    await expect(buildDemoCentre({ dataDir: dir, cases: 5, seed: 3, now: () => HARNESS_NOW })).rejects.toMatchObject({ messageKey: 'errors.demoCentreHasCases' });
    const more = await buildDemoCentre({ dataDir: dir, cases: 30, seed: 3, force: true, now: () => HARNESS_NOW });
    try {
      const rows = await withRead(more.app.handle, async (db) => db.$client.prepare('SELECT count(*) AS n, count(DISTINCT case_number) AS d FROM cases').get());
      expect(rows).toEqual({ n: 70, d: 70 });
      expect(more.result.users.every((u) => /[a-h]$/.test(u.username))).toBe(true);
    } finally {
      await more.app.shutdown();
    }
  });

  test('npm run demo -- --cases N with no folder given fills the browser mode\'s default data folder', { timeout: 120_000 }, () => {
    const home = join(dir, 'home');
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
    delete env.ATVEJIS_DATA_DIR;
    const run = spawnSync('npx', ['tsx', 'electron/cli/demo.ts', '--cases', '12'], { encoding: 'utf8', env, timeout: 110_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const folder = join(home, '.atvejis', 'data');
    expect(existsSync(join(folder, 'atvejis.db'))).toBe(true);
    expect(run.stdout).toContain(`Demo data in ${folder}`);
    expect(run.stdout).toMatch(/cases\s+12\n/);
  });
});
