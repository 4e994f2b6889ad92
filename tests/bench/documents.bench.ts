// Issue 5 ("Bench: each form warm ≤ 150 ms, first ≤ 500 ms"): printing the closure form, a signed
// plan and a referral form through the dispatcher as the UI does (read, build, render the PDF with
// embedded fonts, audit). The warm median is the registry's target; the first print of the process
// (fonts loaded then) is timed in prepare() and printed. No raw-SQL twin: the work is the PDF, not a query.
// A fresh-process run of the same, plus the certification form: `npx tsx tests/bench/documents.ts`.
import type { BenchContext } from './context';
import { DOCUMENT_FIRST_MS, DOCUMENT_WARM_MS } from './documents';
import { registerBench } from './registry';

const ISSUE = 'issue 5';
let firstDone = false;

/** Times the first print of the process once (fonts and code load then) against its own limit. */
async function timeFirst(label: string, fn: () => Promise<unknown>): Promise<void> {
  if (firstDone) return;
  firstDone = true;
  const t0 = performance.now();
  await fn();
  const ms = performance.now() - t0;
  console.log(`  first print of the process (${label}): ${ms.toFixed(0)} ms, limit ${DOCUMENT_FIRST_MS} ms: ${ms <= DOCUMENT_FIRST_MS ? 'PASS' : 'FAIL'}`);
}

const one = (ctx: BenchContext, sql: string) => (ctx.sqlite.prepare(sql).get() as { id: number } | undefined)?.id;

registerBench({
  id: 'documents.closureForm (PDF)',
  issue: ISSUE,
  iterations: 30,
  warmup: 3,
  target: { medianMs: DOCUMENT_WARM_MS, atCases: 0 },
  async prepare(ctx) {
    const caseId = one(ctx, "SELECT case_id AS id FROM closures WHERE status = 'authorised' ORDER BY id DESC LIMIT 1");
    if (caseId === undefined) throw new Error('the demo centre has no authorised closure');
    const print = (i: number) => ctx.call(ctx.sessions.supervisor, 'documents.closureForm', { caseId, language: i % 2 ? 'en' : 'lt' });
    await timeFirst('closure form', () => print(0));
    return { service: print };
  },
});

registerBench({
  id: 'documents.actionPlan (PDF, largest plan)',
  issue: ISSUE,
  iterations: 30,
  warmup: 3,
  target: { medianMs: DOCUMENT_WARM_MS, atCases: 0 },
  async prepare(ctx) {
    // The signed version with the most steps: the longest plan a centre has.
    const caseId = one(
      ctx,
      `SELECT p.case_id AS id FROM plans p JOIN plan_goals g ON g.plan_id = p.id JOIN plan_steps s ON s.goal_id = g.id
       WHERE p.status = 'signed' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
    );
    if (caseId === undefined) throw new Error('the demo centre has no signed plan');
    const print = (i: number) => ctx.call(ctx.sessions.supervisor, 'documents.actionPlan', { caseId, language: i % 2 ? 'en' : 'lt' });
    await timeFirst('action plan', () => print(0));
    return { service: print };
  },
});

registerBench({
  id: 'documents.referralForm (PDF)',
  issue: ISSUE,
  iterations: 30,
  warmup: 3,
  target: { medianMs: DOCUMENT_WARM_MS, atCases: 0 },
  async prepare(ctx) {
    let referralId = one(ctx, 'SELECT id FROM referrals ORDER BY id LIMIT 1');
    if (referralId === undefined) {
      // The demo writer makes no referrals: send one from the busiest case manager's open case.
      const target = ctx.sqlite
        .prepare("SELECT id, client_id AS clientId FROM cases WHERE case_manager_id = ? AND phase <> 'closed' ORDER BY id LIMIT 1")
        .get(ctx.users.busyCaseManagerId) as { id: number; clientId: number };
      const provider = await ctx.call(ctx.sessions.admin, 'serviceMap.saveProvider', { name: 'VšĮ „Šviesos namai“ (bench)', sector: 'social', municipality: 'LT-57' });
      await ctx.call(ctx.sessions.busyCaseManager, 'consents.record', { clientId: target.clientId, scope: 'provider', providerId: provider.id, what: 'Kontaktai', givenOn: ctx.today });
      const sent = await ctx.call(ctx.sessions.busyCaseManager, 'referrals.send', {
        caseId: target.id,
        providerId: provider.id,
        form: { referralDate: ctx.today, clientName: 'Bench', reasons: 'Dienos užimtumas ir socialiniai įgūdžiai', providerName: provider.name, measures: 'Užsiėmimai tris kartus per savaitę' },
      });
      referralId = sent.id;
    }
    const id = referralId;
    const print = (i: number) => ctx.call(ctx.sessions.supervisor, 'documents.referralForm', { referralId: id, language: i % 2 ? 'en' : 'lt' });
    await timeFirst('referral form', () => print(0));
    return { service: print };
  },
});
