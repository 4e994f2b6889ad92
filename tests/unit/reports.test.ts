import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/contract';
import { addDays } from '../../electron/core/calendar-dates';
import { withRead, withTransaction } from '../../db/transaction';
import { computeProcessIndicators, type IndicatorCase } from '../../electron/core/quality/process-indicators';
import { timingByGroup } from '../../electron/services/cycle-clock';
import { loadLocaleArea } from '../../electron/services/locale-files';
import { expectError } from '../support/expect-api';
import { ADMIN, OWN_PASSWORD, addUser, makeCentre, type Harness } from '../support/harness';

// R20: the dashboard's figures equal independent SQL counts on the same (demo) centre; a case manager
// sees only their own cases; the XLSX export carries the figure. R18 figures likewise for closures and referrals.

describe('reports dashboard (R20)', () => {
  let c: Harness;
  let filled: MethodOutput<'demo.fill'>;
  let cmId: number;
  let from: string;
  let to: string;

  const sql = <T>(q: string, ...params: unknown[]) => withRead(c.app.handle, async (db) => db.$client.prepare(q).all(...params) as T[]);
  const one = async (q: string, ...params: unknown[]) => (await sql<{ n: number }>(q, ...params))[0]!.n;

  beforeAll(async () => {
    c = await makeCentre();
    filled = await c.call('admin', 'demo.fill', { cases: 300 });
    to = filled.today;
    from = addDays(to, -365);
    // The case manager with the most open cases signs in on session 'cm'.
    const managers = filled.users.filter((u) => u.roles.includes('case_manager') && !u.roles.includes('supervisor'));
    const counts = await sql<{ id: number; n: number }>("SELECT case_manager_id AS id, count(*) AS n FROM cases WHERE phase <> 'closed' AND case_manager_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC");
    const cm = managers.find((m) => m.id === counts.find((x) => managers.some((mm) => mm.id === x.id))!.id)!;
    cmId = cm.id;
    await c.call('cm', 'auth.signIn', { username: cm.username, password: filled.password });
    // The demo has no service map: a provider and three referrals on the case manager's cases, followed up in the period.
    const own = await sql<{ id: number; clientId: number }>("SELECT id, client_id AS clientId FROM cases WHERE case_manager_id = ? AND phase <> 'closed' ORDER BY id LIMIT 3", cmId);
    await withTransaction(c.app.handle, async (db) => {
      const now = c.app.nowIso();
      const pid = db.$client
        .prepare("INSERT INTO service_providers (uid, name, name_folded, sector, municipality, created_at, updated_at) VALUES ('u1', 'Užimtumo tarnyba', 'uzimtumo tarnyba', 'employment', 'LT-57', ?, ?)")
        .run(now, now).lastInsertRowid;
      const consent = db.$client.prepare(
        "INSERT INTO client_consents (client_id, scope, sector, what, given_on, recorded_by, recorded_at) VALUES (?, 'sector', 'employment', 'contacts', ?, ?, ?)",
      );
      const ins = db.$client.prepare(
        `INSERT INTO referrals (case_id, client_id, provider_id, form, consent_id, status, sent_on, sent_by, follow_up_on, accepted_on, declined_on, created_at, updated_at)
         VALUES (?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const ref = (k: number, status: string, sent: string, followUp: string, accepted: string | null, declined: string | null) => {
        const cid = consent.run(own[k]!.clientId, sent, cmId, now).lastInsertRowid;
        ins.run(own[k]!.id, own[k]!.clientId, pid, cid, status, sent, cmId, followUp, accepted, declined, now, now);
      };
      const day = (n: number) => addDays(from, n);
      // answered on time (accepted before the follow-up day), never answered, answered after the follow-up day
      ref(0, 'accepted', day(10), day(20), day(15), null);
      ref(1, 'sent', day(10), day(30), null, null);
      ref(2, 'declined', day(10), day(40), null, day(45));
    });
  }, 180_000);
  afterAll(async () => c?.close());

  it('R20 figures equal independent SQL counts', async () => {
    const d = await c.call('admin', 'reports.dashboard', { from, to });
    const open = await sql<{ g: string; n: number }>("SELECT target_group AS g, count(*) AS n FROM cases WHERE phase <> 'closed' GROUP BY 1");
    for (const o of open) expect(d.openCases.filter((r) => r.targetGroup === o.g).reduce((a, r) => a + r.n, 0)).toBe(o.n);
    expect(open.reduce((a, r) => a + r.n, 0)).toBeGreaterThan(0);

    const intakes = await one('SELECT count(*) AS n FROM cases WHERE intake_date BETWEEN ? AND ?', from, to);
    expect(intakes).toBeGreaterThan(0);
    expect(d.intakesClosures.reduce((a, r) => a + r.intakes, 0)).toBe(intakes);
    expect(d.intakesClosures.reduce((a, r) => a + r.closures, 0)).toBe(await one('SELECT count(*) AS n FROM cases WHERE closed_on BETWEEN ? AND ?', from, to));

    const reasons = await sql<{ reason: string; n: number }>("SELECT reason, count(*) AS n FROM closures WHERE status = 'authorised' AND decided_on BETWEEN ? AND ? GROUP BY 1 ORDER BY 1", from, to);
    expect(d.closureReasons).toEqual(reasons);

    const refs = await sql<{ sector: string; status: string; n: number }>(
      'SELECT p.sector, r.status, count(*) AS n FROM referrals r JOIN service_providers p ON p.id = r.provider_id WHERE r.sent_on BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 1, 2',
      from,
      to,
    );
    expect(d.referrals).toEqual(refs);
    expect(refs).toEqual([
      { sector: 'employment', status: 'accepted', n: 1 },
      { sector: 'employment', status: 'declined', n: 1 },
      { sector: 'employment', status: 'sent', n: 1 },
    ]);

    const load = await sql<{ id: number | null; n: number }>("SELECT case_manager_id AS id, count(*) AS n FROM cases WHERE phase <> 'closed' GROUP BY 1");
    for (const l of load) expect(d.caseload.find((r) => r.caseManagerId === l.id)?.total).toBe(l.n);

    // Filters: one target group.
    const pwd = await c.call('admin', 'reports.dashboard', { from, to, targetGroup: 'PWD' });
    expect(pwd.intakesClosures.reduce((a, r) => a + r.intakes, 0)).toBe(await one("SELECT count(*) AS n FROM cases WHERE target_group = 'PWD' AND intake_date BETWEEN ? AND ?", from, to));
    expect(pwd.openCases.every((r) => r.targetGroup === 'PWD')).toBe(true);
  });

  it('R18 computed closures and referral figures equal SQL counts', async () => {
    const p = await c.call('admin', 'reports.processIndicators', { from, to });
    const cl = p.centre.closuresClientInvolved;
    expect(cl.denominator).toBe(await one("SELECT count(*) AS n FROM closures WHERE status = 'authorised' AND decided_on BETWEEN ? AND ?", from, to));
    expect(cl.numerator).toBe(await one("SELECT count(*) AS n FROM closures WHERE status = 'authorised' AND client_involved = 1 AND decided_on BETWEEN ? AND ?", from, to));
    const ra = p.centre.referralsAnswered;
    expect(ra.denominator).toBe(await one('SELECT count(*) AS n FROM referrals WHERE follow_up_on BETWEEN ? AND ?', from, to));
    // By hand: of the three referrals added above only the first was answered by its follow-up day.
    expect([ra.numerator, ra.denominator]).toEqual([1, 3]);
    const mine = p.managers.find((m) => m.caseManagerId === cmId)!.row.referralsAnswered;
    expect([mine.numerator, mine.denominator]).toEqual([1, 3]);
    // Case numbers behind a figure are the cases' own.
    const behind = cl.cases[0];
    if (behind) expect((await sql<{ n: string }>('SELECT case_number AS n FROM cases WHERE id = ?', behind.caseId))[0]!.n).toBe(behind.caseNumber);
    // Per case manager figures add up to the centre's (every closed case in the demo has a case manager or not).
    const unassigned = await one("SELECT count(*) AS n FROM closures cl JOIN cases c ON c.id = cl.case_id WHERE cl.status = 'authorised' AND cl.decided_on BETWEEN ? AND ? AND c.case_manager_id IS NULL", from, to);
    expect(p.managers.reduce((a, m) => a + m.row.closuresClientInvolved.denominator, 0) + unassigned).toBe(cl.denominator);
  });

  it('R20 a case manager sees only the figures of their own cases', async () => {
    const d = await c.call('cm', 'reports.dashboard', { from, to });
    const own = await one("SELECT count(*) AS n FROM cases WHERE phase <> 'closed' AND case_manager_id = ?", cmId);
    expect(d.openCases.reduce((a, r) => a + r.n, 0)).toBe(own);
    expect(d.caseload.map((r) => r.caseManagerId)).toEqual([cmId]);
    expect(d.intakesClosures.reduce((a, r) => a + r.intakes, 0)).toBe(await one('SELECT count(*) AS n FROM cases WHERE case_manager_id = ? AND intake_date BETWEEN ? AND ?', cmId, from, to));
    const p = await c.call('cm', 'reports.processIndicators', { from, to });
    expect(p.managers.every((m) => m.caseManagerId === cmId)).toBe(true);
    const ownIds = new Set((await sql<{ id: number }>('SELECT id FROM cases WHERE case_manager_id = ?', cmId)).map((r) => r.id));
    expect(p.centre.documentationComplete.cases.every((x) => ownIds.has(x.caseId))).toBe(true);
    // Asking for another case manager's figures is refused.
    const other = filled.users.find((u) => u.id !== cmId && u.roles.includes('case_manager'))!;
    expectError(await c.raw('cm', 'reports.dashboard', { from, to, caseManagerId: other.id }), 'FORBIDDEN');
  });

  it('R20 the caseload exported as XLSX opens with the figure; CSV too', async () => {
    const x = await c.call('admin', 'reports.export', { report: 'caseload', format: 'xlsx', filters: { from, to } });
    expect(x.fileName).toBe(`caseload_${from}_${to}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Atvejo vadybininkas');
    const name = (await sql<{ n: string }>('SELECT full_name AS n FROM users WHERE id = ?', cmId))[0]!.n;
    const own = await one("SELECT count(*) AS n FROM cases WHERE phase <> 'closed' AND case_manager_id = ?", cmId);
    let found = false;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === name) {
        found = true;
        expect(row.getCell(5).value).toBe(own);
      }
    });
    expect(found).toBe(true);

    const csv = await c.call('admin', 'reports.export', { report: 'processIndicators', format: 'csv', filters: { from, to } });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFAtvejo vadybininkas,')).toBe(true);
    const p = await c.call('admin', 'reports.processIndicators', { from, to });
    const centreLine = text.split('\r\n').find((l) => l.startsWith('Visas centras,'))!;
    expect(centreLine.split(',').slice(1, 3)).toEqual([String(p.centre.plansOnTime.numerator), String(p.centre.plansOnTime.denominator)]);
  });

  it('R18 R20 timeliness read for the period only equals the figures from the whole history of every case', async () => {
    const timing = await withRead(c.app.handle, (db) => timingByGroup(db));
    const rows = await sql<Omit<IndicatorCase, 'planSignedOn' | 'reviewedOn' | 'notes' | 'hasAssessment' | 'hasPlan'>>(
      `SELECT id, case_manager_id AS caseManagerId, target_group AS targetGroup, phase, intake_date AS intakeDate, closed_on AS closedOn,
        assigned_on AS assignedOn, coordinator_appointed_on AS coordinatorAppointedOn FROM cases`,
    );
    const signed = await sql<{ caseId: number; on: string }>("SELECT case_id AS caseId, max(signed_by_client_on, signed_by_manager_on) AS \"on\" FROM plans WHERE status = 'signed' ORDER BY 2");
    const reviewed = await sql<{ caseId: number; on: string }>('SELECT case_id AS caseId, reviewed_on AS "on" FROM reviews ORDER BY 2');
    const cases: IndicatorCase[] = rows.map((r) => ({
      ...r,
      planSignedOn: signed.filter((x) => x.caseId === r.id).map((x) => x.on),
      reviewedOn: reviewed.filter((x) => x.caseId === r.id).map((x) => x.on),
      notes: [],
      hasAssessment: true,
      hasPlan: true,
    }));
    let compared = 0;
    for (const [a, b] of [[-91, 0], [-365, 0], [-200, -100], [-30, 60]] as const) {
      const period = { from: addDays(to, a), to: addDays(to, b) };
      const whole = computeProcessIndicators({ ...period, cases, referrals: [], closures: [], timing, documentationDays: 7 }).centre;
      const d = await c.call('admin', 'reports.dashboard', period);
      expect(d.timeliness.plans).toEqual({ onTime: whole.plansOnTime.numerator, late: whole.plansOnTime.denominator - whole.plansOnTime.numerator });
      expect(d.timeliness.reviews).toEqual({ onTime: whole.reviewsOnTime.numerator, late: whole.reviewsOnTime.denominator - whole.reviewsOnTime.numerator });
      const p = await c.call('admin', 'reports.processIndicators', period);
      expect([p.centre.reviewsOnTime.numerator, p.centre.reviewsOnTime.denominator]).toEqual([whole.reviewsOnTime.numerator, whole.reviewsOnTime.denominator]);
      compared += whole.reviewsOnTime.denominator + whole.plansOnTime.denominator;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('R20 a period ending before it starts is refused', async () => {
    expectError(await c.raw('admin', 'reports.dashboard', { from: to, to: from }), 'VALIDATION');
  });
});

// R2/R3/R20: eligibility decisions in the period per target group, and the refusals by reason, on a
// fresh centre where every decision is made through cases.decideEligibility. Today in the harness
// is 2026-11-23; the clock is moved two days on so one set of decisions falls outside the period.
describe('reports dashboard: eligibility decisions (R2 R3 R20)', () => {
  let h: Harness;
  let cmId: number;
  let cm2Id: number;
  let n = 0;
  const DAY = 86_400_000;
  const period = { from: '2026-11-24', to: '2026-11-30' };

  async function decide(session: string, o: Partial<MethodInput<'cases.create'>>, decision: Omit<MethodInput<'cases.decideEligibility'>, 'id'>, birthDate: string | null = null) {
    const client = await h.call(session, 'clients.create', { firstName: 'Tomas', lastName: `Klientas${++n}`, birthDate });
    const k = await h.call(session, 'cases.create', { clientId: client.id, targetGroup: 'PWD', entryPoint: 'selfReferral', intakeDate: '2026-11-02', ...o });
    return (await h.call(session, 'cases.decideEligibility', { id: k.id, ...decision })).decision;
  }
  const plp = { targetGroup: 'PLP', entryPoint: 'ngoAtRelease' } as const;
  const ylc = { targetGroup: 'YLC', entryPoint: 'selfApplication', coordinatorAppointedOn: '2026-11-05' } as const;
  const other = { targetGroup: 'OTHER', entryPoint: 'pes' } as const;

  beforeAll(async () => {
    h = await makeCentre();
    cmId = await addUser(h, 'cm', { username: 'vadybininke', fullName: 'Vida Vadybininkė', roles: ['case_manager'] });
    cm2Id = await addUser(h, 'cm2', { username: 'kitas', fullName: 'Kęstas Kitas', roles: ['case_manager'] });
    // Before the period (2026-11-23): a refusal and an acceptance of the first case manager.
    expect(await decide('cm', plp, { servesArrestSentence: true })).toMatchObject({ eligible: false, reason: 'arrestSentence', decidedOn: '2026-11-23' });
    expect(await decide('cm', other, {})).toMatchObject({ eligible: true, decidedOn: '2026-11-23' });
    h.tick(2 * DAY);
    // Two days idle locks every session; unlocking it carries on.
    await h.call('admin', 'auth.unlock', { password: ADMIN.password });
    await h.call('cm', 'auth.unlock', { password: OWN_PASSWORD });
    await h.call('cm2', 'auth.unlock', { password: OWN_PASSWORD });
    // In the period (2026-11-25). The first case manager:
    expect(await decide('cm', plp, { servesArrestSentence: true })).toMatchObject({ eligible: false, reason: 'arrestSentence', decidedOn: '2026-11-25' });
    expect(await decide('cm', plp, { servesArrestSentence: false })).toMatchObject({ eligible: true });
    // Born 2000-01-01: 26 on the intake date 2026-11-02.
    expect(await decide('cm', ylc, { criterion: 'a' }, '2000-01-01')).toMatchObject({ eligible: false, reason: 'over24' });
    expect(await decide('cm', ylc, { criterion: 'a' }, '2005-01-01')).toMatchObject({ eligible: true });
    expect(await decide('cm', other, { eligible: false, reason: 'Gyvena kitoje savivaldybėje' })).toMatchObject({ eligible: false, reason: 'Gyvena kitoje savivaldybėje' });
    // The second case manager:
    expect(await decide('cm2', plp, { servesArrestSentence: true })).toMatchObject({ eligible: false, reason: 'arrestSentence' });
    expect(await decide('cm2', other, { eligible: false, reason: 'Atsisakė paslaugų' })).toMatchObject({ eligible: false });
    expect(await decide('cm2', other, {})).toMatchObject({ eligible: true });
  }, 60_000);
  afterAll(async () => h?.close());

  it('R2 R3 R20 eligibility decisions are counted per target group and the refusals per reason, free text as other, for the period and scope', async () => {
    const d = await h.call('admin', 'reports.dashboard', period);
    expect(d.eligibility).toEqual([
      { targetGroup: 'PLP', eligible: 1, notEligible: 2 },
      { targetGroup: 'YLC', eligible: 1, notEligible: 1 },
      { targetGroup: 'OTHER', eligible: 1, notEligible: 2 },
    ]);
    expect(d.notEligibleReasons).toEqual([
      { reason: 'arrestSentence', n: 2 },
      { reason: 'other', n: 2 },
      { reason: 'over24', n: 1 },
    ]);

    // A period that takes in 2026-11-23 counts the decisions made that day too; one before the 25th only those.
    const wider = await h.call('admin', 'reports.dashboard', { from: '2026-11-23', to: '2026-11-30' });
    expect(wider.eligibility).toEqual([
      { targetGroup: 'PLP', eligible: 1, notEligible: 3 },
      { targetGroup: 'YLC', eligible: 1, notEligible: 1 },
      { targetGroup: 'OTHER', eligible: 2, notEligible: 2 },
    ]);
    expect(wider.notEligibleReasons.find((r) => r.reason === 'arrestSentence')?.n).toBe(3);
    const before = await h.call('admin', 'reports.dashboard', { from: '2026-11-01', to: '2026-11-24' });
    expect(before.eligibility).toEqual([
      { targetGroup: 'PLP', eligible: 0, notEligible: 1 },
      { targetGroup: 'OTHER', eligible: 1, notEligible: 0 },
    ]);
    expect(before.notEligibleReasons).toEqual([{ reason: 'arrestSentence', n: 1 }]);

    // One target group.
    const onlyPlp = await h.call('admin', 'reports.dashboard', { ...period, targetGroup: 'PLP' });
    expect(onlyPlp.eligibility).toEqual([{ targetGroup: 'PLP', eligible: 1, notEligible: 2 }]);
    expect(onlyPlp.notEligibleReasons).toEqual([{ reason: 'arrestSentence', n: 2 }]);

    // A case manager sees only their own decisions, whatever they ask; a supervisor may pick one.
    const mine = await h.call('cm', 'reports.dashboard', period);
    expect(mine.eligibility).toEqual([
      { targetGroup: 'PLP', eligible: 1, notEligible: 1 },
      { targetGroup: 'YLC', eligible: 1, notEligible: 1 },
      { targetGroup: 'OTHER', eligible: 0, notEligible: 1 },
    ]);
    expect(mine.notEligibleReasons).toEqual([
      { reason: 'arrestSentence', n: 1 },
      { reason: 'other', n: 1 },
      { reason: 'over24', n: 1 },
    ]);
    const theirs = { eligibility: [{ targetGroup: 'PLP', eligible: 0, notEligible: 1 }, { targetGroup: 'OTHER', eligible: 1, notEligible: 1 }], notEligibleReasons: [{ reason: 'arrestSentence', n: 1 }, { reason: 'other', n: 1 }] };
    expect(await h.call('cm2', 'reports.dashboard', period)).toMatchObject(theirs);
    expect(await h.call('admin', 'reports.dashboard', { ...period, caseManagerId: cm2Id })).toMatchObject(theirs);
    expect((await h.call('admin', 'reports.dashboard', { ...period, caseManagerId: cmId })).eligibility).toEqual(mine.eligibility);
    expectError(await h.raw('cm', 'reports.dashboard', { ...period, caseManagerId: cm2Id }), 'FORBIDDEN');

    // The export: per group, then the refusals by reason with their names (Lithuanian, the admin's language).
    const csv = await h.call('admin', 'reports.export', { report: 'eligibility', format: 'csv', filters: period });
    expect(csv.fileName).toBe('eligibility_2026-11-24_2026-11-30.csv');
    const lt = loadLocaleArea<{ group: Record<string, string>; eligibility: { reasons: Record<string, string> } }>('lt', 'cases');
    expect(Buffer.from(csv.base64, 'base64').toString('utf8').split('\r\n')).toEqual([
      '\uFEFFTikslinė grupė,Tinka,Netinka',
      `${lt.group.PLP},1,2`,
      `${lt.group.YLC},1,1`,
      `${lt.group.OTHER},1,2`,
      '',
      'Netinkamumo priežastis,Skaičius',
      `${lt.eligibility.reasons.arrestSentence},2`,
      'Kita priežastis (įrašė darbuotojas),2',
      `${lt.eligibility.reasons.over24},1`,
      '',
    ]);
  });
});
