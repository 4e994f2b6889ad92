// Issue 3 ("Speed"): client search as you type, the case list page, opening a case, the Today list.
// Each is measured through the dispatcher as the UI calls it, and hand-written on raw better-sqlite3
// (same connection, same data) for the service/raw ratio.
import { createHash } from 'node:crypto';
import { addDays, addMonths, compareDates } from '../../electron/core/calendar-dates';
import { maskPersonalCode } from '../../electron/core/client-identity';
import { foldName } from '../../electron/core/name-match';
import { TODAY_KINDS } from '../../electron/contract/methods/today';
import type { BenchContext } from './context';
import { registerBench } from './registry';

type Row = Record<string, unknown>;
const ISSUE = 'issue 3';
// What the contract's per-call checks may add: invisible to a person, and about twice what they cost now
// (0.05–0.13 ms at 100k), so a check that grows slow fails here although the query ratio hides it.
const CONTRACT_MS = 0.25;

// ---- shared raw helpers ------------------------------------------------------------------------

/** A prepared statement with loosely typed parameters (the queries below build their parameter lists). */
type Stmt = { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };

export function prepared(ctx: BenchContext): (sql: string) => Stmt {
  const cache = new Map<string, Stmt>();
  return (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = ctx.sqlite.prepare(sql) as unknown as Stmt));
    return s;
  };
}

/**
 * Runs a raw read in one deferred read transaction, as the services' withRead does: the same single
 * snapshot for all its statements, and one read transaction opened instead of one per statement.
 */
export function inRead<T>(ctx: BenchContext, fn: () => T): T {
  let control = readControl.get(ctx);
  if (!control) readControl.set(ctx, (control = { begin: ctx.sqlite.prepare('BEGIN DEFERRED'), commit: ctx.sqlite.prepare('COMMIT') }));
  control.begin.run();
  try {
    return fn();
  } finally {
    control.commit.run();
  }
}
const readControl = new WeakMap<BenchContext, { begin: { run(): unknown }; commit: { run(): unknown } }>();

function sample<T>(ctx: BenchContext, rows: T[], n: number): T[] {
  return ctx.rng.sample(rows, n);
}

/** What a person types: the surname letter by letter (half of them without diacritics), then the first name's start. */
function typingSequences(ctx: BenchContext, people: { firstName: string; lastName: string; personalCode: string | null }[]): string[] {
  const out: string[] = [];
  people.forEach((p, i) => {
    if (i % 4 === 3 && p.personalCode) {
      for (let n = 1; n <= 11; n++) out.push(p.personalCode.slice(0, n));
      return;
    }
    const last = i % 2 === 0 ? p.lastName.toLowerCase() : foldName(p.lastName);
    for (let n = 1; n <= Math.min(last.length, 7); n++) out.push(last.slice(0, n));
    out.push(`${last} ${p.firstName.slice(0, 1).toLowerCase()}`, `${last} ${p.firstName.slice(0, 3).toLowerCase()}`);
  });
  return out;
}

// ---- clients.search ------------------------------------------------------------------------------

registerBench({
  id: 'clients.search (typing, supervisor)',
  issue: ISSUE,
  iterations: 300,
  warmup: 30,
  target: { p95Ms: 20, maxRatio: 1.3, maxContractMs: CONTRACT_MS },
  async prepare(ctx) {
    const people = ctx.sqlite
      .prepare('SELECT first_name AS firstName, last_name AS lastName, personal_code AS personalCode FROM clients ORDER BY random() LIMIT 60')
      .all() as { firstName: string; lastName: string; personalCode: string | null }[];
    const queries = typingSequences(ctx, people);
    const q = (i: number) => queries[i % queries.length]!;
    const stmt = prepared(ctx);
    return {
      service: (i) => ctx.call(ctx.sessions.supervisor, 'clients.search', { query: q(i), limit: 50, offset: 0 }),
      raw: (i) => inRead(ctx, () => rawClientSearch(stmt, q(i))),
    };
  },
});

const TOP = '\u{10FFFF}';

/**
 * The same search as clients.search, hand-written: the word index for names, the code index for digits;
 * for a case manager (`ownerId`) only their own clients, counted with the page as the service does.
 */
export function rawClientSearch(stmt: ReturnType<typeof prepared>, query: string, ownerId: number | null = null) {
  const compact = query.replace(/\s+/g, '');
  const isCode = compact !== '' && /^\d+$/.test(compact);
  // As the service: one letter or two digits ask for more; counts stop after a thousand.
  if (compact !== '' && (isCode ? compact.length < 3 : foldName(query).replace(/ /g, '').length < 2)) return { total: 0, items: [] };
  const sets: string[] = [];
  const params: (string | number)[] = [];
  if (ownerId !== null) {
    // A case manager's clients: those of their cases, and those they registered who have no case yet.
    sets.push('SELECT client_id FROM cases WHERE case_manager_id = ? UNION SELECT c2.id FROM clients c2 WHERE c2.created_by = ? AND NOT EXISTS (SELECT 1 FROM cases nc WHERE nc.client_id = c2.id)');
    params.push(ownerId, ownerId);
  }
  if (isCode) {
    // A range on the unique index of personal codes.
    sets.push('SELECT id FROM clients WHERE personal_code >= ? AND personal_code < ?');
    params.push(compact, compact + TOP);
  } else {
    // Every word of a folded name is in client_name_words (kept by triggers): one index range per typed word.
    for (const w of foldName(query).split(' ').filter(Boolean)) {
      sets.push('SELECT DISTINCT client_id FROM client_name_words WHERE word >= ? AND word < ?');
      params.push(w, w + TOP);
    }
  }
  const ids = sets.join(' INTERSECT ');
  const where = sets.length ? `id IN (${ids})` : '1';
  const columns = 'id, first_name, last_name, birth_date, sex, personal_code';
  const rows = stmt(
    `SELECT ${columns}${ownerId !== null ? ', count(*) OVER () AS total' : ''} FROM clients WHERE ${where} ORDER BY last_name, first_name, id LIMIT 50`,
  ).all(...params) as Row[];
  const total =
    ownerId !== null && rows.length
      ? Math.min(rows[0]!.total as number, 1000)
      : (stmt(`SELECT count(*) AS n FROM (SELECT 1 FROM (${sets.length ? ids : 'SELECT id FROM clients'}) LIMIT 1001)`).get(...params) as { n: number }).n;
  const latest = new Map<number, Row>();
  if (rows.length) {
    const ids = rows.map((r) => r.id as number);
    const mine = ownerId !== null ? ' AND case_manager_id = ?' : '';
    const cases = stmt(
      `SELECT id, client_id, case_number, phase, target_group FROM cases WHERE client_id IN (${ids.map(() => '?').join(',')})${mine} ORDER BY id DESC`,
    ).all(...ids, ...(ownerId !== null ? [ownerId] : [])) as Row[];
    for (const c of cases) if (!latest.has(c.client_id as number)) latest.set(c.client_id as number, c);
  }
  return {
    total: Math.min(total, 1000),
    items: rows.map((r) => {
      const c = latest.get(r.id as number);
      return {
        id: r.id,
        firstName: r.first_name,
        lastName: r.last_name,
        birthDate: r.birth_date,
        sex: r.sex,
        personalCodeMasked: maskPersonalCode(r.personal_code as string | null),
        latestCase: c ? { id: c.id, caseNumber: c.case_number, phase: c.phase, targetGroup: c.target_group } : null,
      };
    }),
  };
}

registerBench({
  id: 'clients.search (typing, case manager)',
  issue: ISSUE,
  iterations: 200,
  warmup: 20,
  target: { p95Ms: 20, maxRatio: 1.3, maxContractMs: CONTRACT_MS },
  async prepare(ctx) {
    const people = ctx.sqlite
      .prepare(
        `SELECT DISTINCT cl.first_name AS firstName, cl.last_name AS lastName, cl.personal_code AS personalCode
         FROM clients cl JOIN cases c ON c.client_id = cl.id WHERE c.case_manager_id = ? ORDER BY random() LIMIT 40`,
      )
      .all(ctx.users.busyCaseManagerId) as { firstName: string; lastName: string; personalCode: string | null }[];
    const queries = typingSequences(ctx, people);
    const q = (i: number) => queries[i % queries.length]!;
    const stmt = prepared(ctx);
    const owner = ctx.users.busyCaseManagerId;
    return {
      service: (i) => ctx.call(ctx.sessions.busyCaseManager, 'clients.search', { query: q(i), limit: 50, offset: 0 }),
      raw: (i) => inRead(ctx, () => rawClientSearch(stmt, q(i), owner)),
    };
  },
});

// ---- cases.list ----------------------------------------------------------------------------------

const PHASES = ['intake', 'assessment', 'planning', 'implementation', 'review', 'closed'] as const;

export function rawCaseList(stmt: ReturnType<typeof prepared>, f: { phase?: string; caseManagerId?: number; offset: number }) {
  const cond: string[] = [];
  const params: (string | number)[] = [];
  if (f.phase) {
    cond.push('c.phase = ?');
    params.push(f.phase);
  }
  if (f.caseManagerId !== undefined) {
    cond.push('c.case_manager_id = ?');
    params.push(f.caseManagerId);
  }
  const where = cond.length ? cond.join(' AND ') : '1';
  const total = (stmt(`SELECT count(*) AS n FROM cases c WHERE ${where}`).get(...params) as { n: number }).n;
  const rows = stmt(
    `SELECT c.id, c.case_number, c.client_id, cl.first_name, cl.last_name, c.target_group, c.phase, c.intake_date, c.intensity, c.case_manager_id,
       m.full_name AS manager, c.closed_on, c.previous_case_id
     FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN users m ON m.id = c.case_manager_id
     WHERE ${where} ORDER BY c.intake_date DESC, c.id DESC LIMIT 50 OFFSET ?`,
  ).all(...params, f.offset) as Row[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      caseNumber: r.case_number,
      clientId: r.client_id,
      clientName: `${r.first_name} ${r.last_name}`,
      targetGroup: r.target_group,
      phase: r.phase,
      intakeDate: r.intake_date,
      intensity: r.intensity,
      caseManagerId: r.case_manager_id,
      caseManagerName: r.manager,
      closedOn: r.closed_on,
      previousCaseId: r.previous_case_id,
      isReturn: r.previous_case_id !== null,
    })),
  };
}

registerBench({
  id: 'cases.list (phase + case manager)',
  issue: ISSUE,
  iterations: 300,
  warmup: 30,
  target: { maxRatio: 1.3, maxContractMs: CONTRACT_MS },
  async prepare(ctx) {
    const stmt = prepared(ctx);
    const cm = ctx.users.busyCaseManagerId;
    const input = (i: number) => ({ phase: PHASES[i % PHASES.length]!, caseManagerId: cm, offset: 50 * (Math.floor(i / PHASES.length) % 3) });
    return {
      service: (i) => ctx.call(ctx.sessions.supervisor, 'cases.list', { ...input(i), sort: 'intakeDateDesc', limit: 50 }),
      raw: (i) => inRead(ctx, () => rawCaseList(stmt, input(i))),
    };
  },
});

registerBench({
  id: 'cases.list (phase, all managers)',
  issue: ISSUE,
  iterations: 400,
  warmup: 30,
  target: { maxRatio: 1.3, maxContractMs: CONTRACT_MS },
  async prepare(ctx) {
    const stmt = prepared(ctx);
    const input = (i: number) => ({ phase: PHASES[i % PHASES.length]!, offset: 50 * (Math.floor(i / PHASES.length) % 5) });
    return {
      service: (i) => ctx.call(ctx.sessions.supervisor, 'cases.list', { ...input(i), sort: 'intakeDateDesc', limit: 50 }),
      raw: (i) => inRead(ctx, () => rawCaseList(stmt, input(i))),
    };
  },
});

// ---- opening a case: cases.open (the file, the latest plan, notes, reviews) ------------------------

const GENESIS = '0'.repeat(64);

export function rawOpenCase(ctx: BenchContext, stmt: ReturnType<typeof prepared>, caseId: number, actor: { id: number; username: string }) {
  // One write transaction, as cases.open: the case, its client, manager, pending closure, eligibility
  // decisions and the audited view; then the latest plan, notes and reviews.
  ctx.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const c = stmt('SELECT * FROM cases WHERE id = ?').get(caseId) as Row;
    const client = stmt('SELECT id, first_name, last_name, birth_date, sex, personal_code FROM clients WHERE id = ?').get(c.client_id) as Row;
    const manager = c.case_manager_id === null ? undefined : (stmt('SELECT full_name FROM users WHERE id = ?').get(c.case_manager_id) as Row | undefined);
    const pending = c.phase === 'closed' ? undefined : stmt("SELECT id FROM closures WHERE case_id = ? AND status = 'requested'").get(caseId);
    const eligibility = stmt(
      'SELECT d.*, u.full_name AS decided_by_name FROM eligibility_decisions d JOIN users u ON u.id = d.decided_by WHERE d.case_id = ? ORDER BY d.id',
    ).all(caseId);
    const at = new Date().toISOString();
    const prev = (stmt('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined)?.hash ?? GENESIS;
    const entry = [at, actor.id, actor.username, 'case.view', 'case', String(caseId), '{}'];
    const hash = createHash('sha256').update(prev).update('\n').update(JSON.stringify(entry)).digest('hex');
    stmt('INSERT INTO audit_log (at, user_id, username, action, entity_type, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...entry, prev, hash);
    const file = { c, client: { ...client, personal_code: maskPersonalCode(client.personal_code as string | null) }, manager, pending: !!pending, eligibility };
    // plans.get: the latest version with goals and steps.
    const plan = stmt('SELECT * FROM plans WHERE case_id = ? ORDER BY version DESC LIMIT 1').get(caseId) as Row | undefined;
    const goals = plan ? (stmt('SELECT * FROM plan_goals WHERE plan_id = ? ORDER BY position').all(plan.id) as Row[]) : [];
    const steps = goals.length
      ? (stmt(`SELECT * FROM plan_steps WHERE goal_id IN (${goals.map(() => '?').join(',')}) ORDER BY position`).all(...goals.map((g) => g.id)) as Row[])
      : [];
    const fullPlan = plan && { ...plan, goals: goals.map((g) => ({ ...g, steps: steps.filter((s) => s.goal_id === g.id) })) };
    // notes.list: newest first with the author's name.
    const notes = stmt(
      'SELECT n.*, u.full_name AS author_name FROM case_notes n JOIN users u ON u.id = n.author_id WHERE n.case_id = ? ORDER BY n.contact_date DESC, n.id DESC',
    ).all(caseId);
    // reviews.list: newest first, with goals, and the next review's due date.
    const reviews = stmt(
      `SELECT r.*, p.version AS plan_version, u.full_name AS reviewer_name FROM reviews r JOIN plans p ON p.id = r.plan_id JOIN users u ON u.id = r.reviewer_id
       WHERE r.case_id = ? ORDER BY r.reviewed_on DESC, r.id DESC`,
    ).all(caseId) as Row[];
    const reviewGoals = reviews.length
      ? (stmt(
          `SELECT rg.*, g.text AS goal_text FROM review_goals rg JOIN plan_goals g ON g.id = rg.goal_id WHERE rg.review_id IN (${reviews.map(() => '?').join(',')}) ORDER BY g.position`,
        ).all(...reviews.map((r) => r.id)) as Row[])
      : [];
    let nextReviewDue: string | null = null;
    if (c.phase !== 'closed') {
      const signed = stmt("SELECT signed_by_client_on AS a, signed_by_manager_on AS b FROM plans WHERE case_id = ? AND status = 'signed' ORDER BY version DESC LIMIT 1").get(caseId) as
        | { a: string; b: string }
        | undefined;
      if (signed) {
        const on = compareDates(signed.a, signed.b) >= 0 ? signed.a : signed.b;
        const reviewed = (stmt('SELECT max(reviewed_on) AS d FROM reviews WHERE case_id = ?').get(caseId) as { d: string | null }).d;
        const months = (stmt('SELECT review_months AS m FROM target_group_settings WHERE target_group = ?').get(c.target_group) as { m: number } | undefined)?.m ?? 6;
        nextReviewDue = addMonths(reviewed && compareDates(reviewed, on) > 0 ? reviewed : on, months);
      }
    }
    const opened = { file, plan: fullPlan ?? null, notes, reviews: reviews.map((r) => ({ ...r, goals: reviewGoals.filter((g) => g.review_id === r.id) })), nextReviewDue };
    ctx.sqlite.exec('COMMIT');
    return opened;
  } catch (err) {
    if (ctx.sqlite.inTransaction) ctx.sqlite.exec('ROLLBACK');
    throw err;
  }
}

registerBench({
  id: 'open a case (file + plan + notes + reviews)',
  issue: ISSUE,
  iterations: 600,
  warmup: 30,
  target: { p95Ms: 30, maxRatio: 1.3, maxContractMs: CONTRACT_MS },
  async prepare(ctx) {
    const ids = (
      ctx.sqlite
        .prepare('SELECT DISTINCT c.id FROM cases c JOIN plans p ON p.case_id = c.id WHERE c.case_manager_id = ? ORDER BY random() LIMIT 300')
        .pluck()
        .all(ctx.users.busyCaseManagerId) as number[]
    ).sort((a, b) => a - b);
    const chosen = sample(ctx, ids, ids.length);
    const id = (i: number) => chosen[i % chosen.length]!;
    const stmt = prepared(ctx);
    const actor = ctx.sqlite.prepare('SELECT id, username FROM users WHERE id = ?').get(ctx.users.busyCaseManagerId) as { id: number; username: string };
    const s = ctx.sessions.busyCaseManager;
    return {
      // As the case page opens a case: one cases.open (the file, latest plan, notes, reviews).
      service: (i) => ctx.call(s, 'cases.open', { id: id(i) }),
      // The service takes its lock for the call; the raw version runs between calls, never inside one.
      raw: (i) => rawOpenCase(ctx, stmt, id(i), actor),
    };
  },
});

// ---- today.list ----------------------------------------------------------------------------------

/** The latest start S with addMonths(S, months) ≤ limit (as the Today service counts month ends). */
function latestStart(limit: string, months: number): string {
  let s = addMonths(limit, -months);
  while (compareDates(addMonths(addDays(s, 1), months), limit) <= 0) s = addDays(s, 1);
  return s;
}

const KINDS = TODAY_KINDS;

export function rawToday(ctx: BenchContext, stmt: ReturnType<typeof prepared>, userId: number, supervisor: boolean) {
  const today = ctx.today;
  const soon = addDays(today, 14);
  const timing = new Map([...(stmt('SELECT target_group AS g, plan_months AS p, review_months AS r FROM target_group_settings').all() as { g: string; p: number; r: number }[])].map((t) => [t.g, t]));
  const months = (g: string, k: 'p' | 'r') => timing.get(g)?.[k] ?? (k === 'p' ? 1 : 6);
  const cut = (k: 'p' | 'r') => Object.fromEntries(['PWD', 'PLP', 'YLC', 'OTHER'].map((g) => [g.toLowerCase(), latestStart(soon, months(g, k))]));
  const name = "(cl.first_name || ' ' || cl.last_name)";
  const byGroup = "CASE c.target_group WHEN 'PWD' THEN @pwd WHEN 'PLP' THEN @plp WHEN 'YLC' THEN @ylc ELSE @other END";
  const start = "CASE WHEN c.target_group = 'YLC' THEN coalesce(c.coordinator_appointed_on, c.assigned_on) ELSE c.assigned_on END";
  type Item = { kind: (typeof KINDS)[number]; caseId: number; caseNumber: string; clientName: string; due: string; overdue: boolean; details: Row };
  const items: Item[] = [];
  const ref = (r: Row) => ({ caseId: r.caseId as number, caseNumber: r.caseNumber as string, clientName: r.clientName as string });
  const head = `SELECT c.id AS caseId, c.case_number AS caseNumber, ${name} AS clientName, c.target_group AS g`;
  // Five equality seeks on (case_manager_id, phase) skip the closed years of the caseload.
  const open = "c.phase IN ('intake', 'assessment', 'planning', 'implementation', 'review')";
  const own = `c.case_manager_id = @user AND ${open}`;
  const cases = 'cases c INDEXED BY cases_manager_phase_idx';

  for (const r of stmt(
    `${head}, ${start} AS start FROM ${cases} JOIN clients cl ON cl.id = c.client_id
     WHERE ${own} AND ${start} <= ${byGroup} AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id AND p.status = 'signed')`,
  ).all({ user: userId, ...cut('p') }) as Row[]) {
    const due = addMonths(r.start as string, months(r.g as string, 'p'));
    const overdue = compareDates(due, today) < 0;
    items.push({ kind: overdue ? 'planOverdue' : 'planDue', ...ref(r), due, overdue, details: {} });
  }
  for (const r of stmt(
    `SELECT * FROM (${head},
       (SELECT max(p.signed_by_client_on, p.signed_by_manager_on) FROM plans p WHERE p.case_id = c.id AND p.status = 'signed' ORDER BY p.version DESC LIMIT 1) AS signed,
       (SELECT max(r.reviewed_on) FROM reviews r WHERE r.case_id = c.id) AS reviewed, ${byGroup} AS cutoff
       FROM ${cases} JOIN clients cl ON cl.id = c.client_id WHERE ${own})
     WHERE signed IS NOT NULL AND max(signed, coalesce(reviewed, signed)) <= cutoff`,
  ).all({ user: userId, ...cut('r') }) as Row[]) {
    const base = r.reviewed && compareDates(r.reviewed as string, r.signed as string) > 0 ? (r.reviewed as string) : (r.signed as string);
    const due = addMonths(base, months(r.g as string, 'r'));
    const overdue = compareDates(due, today) < 0;
    items.push({ kind: overdue ? 'reviewOverdue' : 'reviewDue', ...ref(r), due, overdue, details: {} });
  }
  for (const r of stmt(
    `${head}, s.id AS stepId, s.text AS text, s.due_date AS due, g.text AS goal, p.version AS v
     FROM ${cases} JOIN clients cl ON cl.id = c.client_id
     JOIN plans p ON p.case_id = c.id AND p.version = (SELECT max(p2.version) FROM plans p2 WHERE p2.case_id = c.id AND p2.status = 'signed')
     JOIN plan_goals g ON g.plan_id = p.id JOIN plan_steps s ON s.goal_id = g.id
     WHERE ${own} AND +s.status = 'open' AND +s.due_date <= @by`,
  ).all({ user: userId, by: soon }) as Row[]) {
    items.push({ kind: 'stepDue', ...ref(r), due: r.due as string, overdue: compareDates(r.due as string, today) < 0, details: { stepId: r.stepId, text: r.text, goal: r.goal, planVersion: r.v } });
  }
  for (const r of stmt(
    `${head}, t.id AS taskId, t.text AS text, t.due_date AS due FROM ${cases} JOIN clients cl ON cl.id = c.client_id JOIN tasks t ON t.case_id = c.id
     WHERE ${own} AND +t.done_on IS NULL AND +t.due_date <= @by`,
  ).all({ user: userId, by: soon }) as Row[]) {
    items.push({ kind: 'taskDue', ...ref(r), due: r.due as string, overdue: compareDates(r.due as string, today) < 0, details: { taskId: r.taskId, text: r.text } });
  }
  for (const r of stmt(
    `SELECT r.case_id AS caseId, c.case_number AS caseNumber, ${name} AS clientName, p.name AS provider, s.name AS service, r.follow_up_on AS due
     FROM referrals r JOIN cases c ON c.id = r.case_id JOIN clients cl ON cl.id = r.client_id JOIN service_providers p ON p.id = r.provider_id
     LEFT JOIN provider_services s ON s.id = r.service_id
     WHERE r.status = 'sent' AND r.follow_up_on <= @today AND c.phase <> 'closed' AND c.case_manager_id = @user ORDER BY r.follow_up_on, r.id`,
  ).all({ user: userId, today }) as Row[]) {
    const text = [r.provider, r.service].filter(Boolean).join(' — ');
    items.push({ kind: 'referralNoAnswer', ...ref(r), due: r.due as string, overdue: compareDates(r.due as string, today) < 0, details: { text } });
  }
  const releaseTo = addMonths(today, 3);
  const releases = (who: string, params: Row) =>
    stmt(
      `${head}, c.release_date AS rd, c.intake_date AS intake, c.case_manager_id AS cm,
         EXISTS (SELECT 1 FROM case_notes n WHERE n.case_id = c.id AND n.kind = 'preReleaseVisit') AS visited
       FROM ${cases} JOIN clients cl ON cl.id = c.client_id
       WHERE ${who} AND ${open} AND c.target_group = 'PLP' AND c.release_date >= @from AND c.release_date <= @to`,
    ).all({ ...params, from: today, to: releaseTo }) as Row[];
  for (const r of [...releases('c.case_manager_id = @user', { user: userId }), ...(supervisor ? releases('c.case_manager_id IS NULL', {}) : [])]) {
    const missing = [
      ...(r.cm === null ? ['caseManager'] : []),
      ...(r.visited ? [] : ['preReleaseVisit']),
      ...(compareDates(r.intake as string, addMonths(r.rd as string, -12)) > 0 ? ['lateIntake'] : []),
    ];
    items.push({ kind: 'releaseSoon', ...ref(r), due: r.rd as string, overdue: false, details: { releaseDate: r.rd, missing } });
  }
  for (const r of stmt(
    `${head}, c.unreachable_since AS since FROM ${cases} JOIN clients cl ON cl.id = c.client_id
     WHERE ${own} AND c.target_group = 'YLC' AND c.unreachable_since IS NOT NULL AND c.unreachable_since <= @since`,
  ).all({ user: userId, since: latestStart(today, 1) }) as Row[]) {
    const due = addMonths(r.since as string, 1);
    items.push({ kind: 'ylcUnreachable', ...ref(r), due, overdue: compareDates(due, today) < 0, details: { unreachableSince: r.since } });
  }
  if (supervisor) {
    for (const r of stmt(
      `${head}, x.requested_on AS due, x.reason AS reason, u.full_name AS by FROM closures x JOIN cases c ON c.id = x.case_id
       JOIN clients cl ON cl.id = c.client_id JOIN users u ON u.id = x.requested_by
       WHERE x.status = 'requested' AND x.requested_by <> @me ORDER BY x.requested_on, x.id`,
    ).all({ me: userId }) as Row[]) {
      items.push({ kind: 'closureAwaiting', ...ref(r), due: r.due as string, overdue: false, details: { reason: r.reason, requestedByName: r.by } });
    }
  }
  const order = new Map(KINDS.map((k, i) => [k, i]));
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  items.sort((a, b) => cmp(a.due, b.due) || cmp(a.caseNumber, b.caseNumber) || order.get(a.kind)! - order.get(b.kind)!);
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const i of items) counts[i.kind]! += 1;
  return { today, items, counts };
}

registerBench({
  id: 'today.list (busiest case manager)',
  issue: ISSUE,
  iterations: 200,
  warmup: 10,
  target: { p95Ms: 50, maxRatio: 1.3, maxContractMs: CONTRACT_MS },
  async prepare(ctx) {
    const stmt = prepared(ctx);
    return {
      service: () => ctx.call(ctx.sessions.busyCaseManager, 'today.list', {}),
      raw: () => inRead(ctx, () => rawToday(ctx, stmt, ctx.users.busyCaseManagerId, false)),
    };
  },
});

registerBench({
  id: 'today.list (supervisor)',
  issue: ISSUE,
  iterations: 300,
  warmup: 20,
  target: { p95Ms: 50, maxRatio: 1.3, maxContractMs: CONTRACT_MS },
  async prepare(ctx) {
    const stmt = prepared(ctx);
    return {
      service: () => ctx.call(ctx.sessions.supervisor, 'today.list', {}),
      raw: () => inRead(ctx, () => rawToday(ctx, stmt, ctx.users.supervisorId, true)),
    };
  },
});
