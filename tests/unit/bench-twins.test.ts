// Issue 3's speed ratios compare each service call with a hand-written raw-SQL twin (tests/bench/cycle.bench.ts).
// A ratio means something only if both do the same work: on a small demo centre, every twin must
// return the same people, cases and items as the service it is measured against.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBenchCentre, type BenchContext } from '../bench/context';
import { prepared, rawCaseList, rawClientSearch, rawOpenCase, rawToday } from '../bench/cycle.bench';

let ctx: BenchContext;
let dir: string;
let stmt: ReturnType<typeof prepared>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atvejis-twins-'));
  ctx = (await openBenchCentre(dir, 400, 7, () => {})).ctx;
  stmt = prepared(ctx);
}, 120_000);
afterAll(async () => {
  await ctx?.close();
  rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;

describe('the raw twins of the issue 3 benchmarks do what the services do', () => {
  test('client search: the same people, total and latest case, as a supervisor types', async () => {
    const people = ctx.sqlite.prepare('SELECT last_name AS lastName, personal_code AS code FROM clients ORDER BY id LIMIT 12').all() as { lastName: string; code: string | null }[];
    const queries = people.flatMap((p) => [p.lastName.slice(0, 2), p.lastName.slice(0, 4).toLowerCase(), ...(p.code ? [p.code.slice(0, 5)] : [])]);
    for (const query of queries) {
      const service = await ctx.call(ctx.sessions.supervisor, 'clients.search', { query, limit: 50, offset: 0 });
      const raw = rawClientSearch(stmt, query);
      expect(raw.total, query).toBe(service.total);
      expect(raw.items.map((i) => [i.id, (i.latestCase as Row | null)?.id ?? null]), query).toEqual(service.items.map((i) => [i.id, i.latestCase?.id ?? null]));
    }
  });

  test("client search: the same people, total and latest case, as a case manager types (their own clients only)", async () => {
    const owner = ctx.users.busyCaseManagerId;
    const people = ctx.sqlite
      .prepare('SELECT DISTINCT cl.last_name AS lastName, cl.personal_code AS code FROM clients cl JOIN cases c ON c.client_id = cl.id WHERE c.case_manager_id = ? ORDER BY cl.id LIMIT 8')
      .all(owner) as { lastName: string; code: string | null }[];
    const others = ctx.sqlite
      .prepare('SELECT DISTINCT cl.last_name AS lastName FROM clients cl JOIN cases c ON c.client_id = cl.id WHERE c.case_manager_id <> ? ORDER BY cl.id LIMIT 4')
      .all(owner) as { lastName: string }[];
    const queries = [''].concat(
      people.flatMap((p) => [p.lastName.slice(0, 2), p.lastName.slice(0, 5).toLowerCase(), ...(p.code ? [p.code.slice(0, 4)] : [])]),
      others.map((p) => p.lastName.slice(0, 3)),
    );
    let found = 0;
    for (const query of queries) {
      const service = await ctx.call(ctx.sessions.busyCaseManager, 'clients.search', { query, limit: 50, offset: 0 });
      const raw = rawClientSearch(stmt, query, owner);
      found += service.items.length;
      expect(raw.total, query).toBe(service.total);
      expect(raw.items, query).toEqual(service.items);
    }
    expect(found).toBeGreaterThan(0);
  });

  test('case list: the same page and total for every phase, with and without a case manager', async () => {
    for (const phase of ['intake', 'assessment', 'planning', 'implementation', 'review', 'closed'] as const) {
      for (const caseManagerId of [undefined, ctx.users.busyCaseManagerId]) {
        for (const offset of [0, 50]) {
          const service = await ctx.call(ctx.sessions.supervisor, 'cases.list', { phase, caseManagerId, offset, limit: 50, sort: 'intakeDateDesc' });
          const raw = rawCaseList(stmt, { phase, caseManagerId, offset });
          expect(raw.total).toBe(service.total);
          expect(raw.items).toEqual(service.items);
        }
      }
    }
  });

  test('opening a case: the same case, plan, notes, reviews and next review date, and one audited view each', async () => {
    const ids = ctx.sqlite
      .prepare('SELECT DISTINCT c.id FROM cases c JOIN plans p ON p.case_id = c.id WHERE c.case_manager_id = ? ORDER BY c.id LIMIT 8')
      .pluck()
      .all(ctx.users.busyCaseManagerId) as number[];
    expect(ids.length).toBeGreaterThan(3);
    const actor = ctx.sqlite.prepare('SELECT id, username FROM users WHERE id = ?').get(ctx.users.busyCaseManagerId) as { id: number; username: string };
    const views = () => ctx.sqlite.prepare(`SELECT count(*) FROM audit_log WHERE action = 'case.view'`).pluck().get() as number;
    for (const id of ids) {
      const before = views();
      const service = await ctx.call(ctx.sessions.busyCaseManager, 'cases.open', { id });
      const raw = rawOpenCase(ctx, stmt, id, actor) as { file: { c: Row }; plan: (Row & { goals: (Row & { steps: Row[] })[] }) | null; notes: Row[]; reviews: Row[]; nextReviewDue: string | null };
      expect(views()).toBe(before + 2);
      expect(raw.file.c.id).toBe(service.file.case.id);
      expect(raw.plan?.goals.map((g) => [g.id, g.steps.map((s) => s.id)])).toEqual(service.plan?.goals.map((g) => [g.id, g.steps.map((s) => s.id)]));
      expect(raw.notes.map((n) => n.id)).toEqual(service.notes.map((n) => n.id));
      expect(raw.reviews.map((r) => r.id)).toEqual(service.reviews.reviews.map((r) => r.id));
      expect(raw.nextReviewDue).toBe(service.reviews.nextReviewDue);
    }
  });

  test('Today: the same items in the same order, for a case manager and for a supervisor', async () => {
    // The demo has no referrals: two unanswered ones (one past its follow-up date, one not yet due) for the busy case manager.
    const now = new Date().toISOString();
    const c = ctx.sqlite.prepare(`SELECT id, client_id AS clientId FROM cases WHERE case_manager_id = ? AND phase = 'implementation' ORDER BY id LIMIT 1`).get(ctx.users.busyCaseManagerId) as {
      id: number;
      clientId: number;
    };
    const provider = ctx.sqlite
      .prepare(`INSERT INTO service_providers (uid, name, name_folded, sector, municipality, created_at, updated_at) VALUES ('twin', 'Užimtumo tarnyba', 'uzimtumo tarnyba', 'employment', 'LT-13', ?, ?)`)
      .run(now, now).lastInsertRowid;
    const consent = ctx.sqlite
      .prepare(`INSERT INTO client_consents (client_id, scope, provider_id, what, given_on, recorded_by, recorded_at) VALUES (?, 'provider', ?, 'Duomenys siuntimui', '2026-01-05', ?, ?)`)
      .run(c.clientId, provider, ctx.users.busyCaseManagerId, now).lastInsertRowid;
    const refer = ctx.sqlite.prepare(
      `INSERT INTO referrals (case_id, client_id, provider_id, form, consent_id, status, sent_on, sent_by, follow_up_on, created_at, updated_at) VALUES (?, ?, ?, '{}', ?, 'sent', ?, ?, ?, ?, ?)`,
    );
    refer.run(c.id, c.clientId, provider, consent, '2026-01-10', ctx.users.busyCaseManagerId, '2026-01-20', now, now);
    refer.run(c.id, c.clientId, provider, consent, ctx.today, ctx.users.busyCaseManagerId, '2099-01-01', now, now);

    const pick = (items: { kind: string; caseId: number; due: string }[]) => items.map((i) => `${i.kind} ${i.caseId} ${i.due}`);
    const cm = await ctx.call(ctx.sessions.busyCaseManager, 'today.list', {});
    expect(cm.counts.referralNoAnswer).toBe(1);
    expect(pick(rawToday(ctx, stmt, ctx.users.busyCaseManagerId, false).items)).toEqual(pick(cm.items));
    const sup = await ctx.call(ctx.sessions.supervisor, 'today.list', {});
    expect(pick(rawToday(ctx, stmt, ctx.users.supervisorId, true).items)).toEqual(pick(sup.items));
  });
});
