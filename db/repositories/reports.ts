// R18/R20: what the reports dashboard and the process indicators are counted from. The dashboard's
// figures are aggregated in SQL (GROUP BY); the indicators' records are loaded only for the cases
// whose deadlines can fall in the period, and judged by electron/core/quality/process-indicators.ts.
import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorCase, IndicatorClosure, IndicatorReferral } from '../../electron/core/quality/process-indicators';
import { ELIGIBILITY_RULE_REASONS, OTHER_ELIGIBILITY_REASON } from '../../electron/core/eligibility';
import { PHASES } from '../../electron/core/case-enums';
import type { Db } from '../open';

export type Group = 'PWD' | 'PLP' | 'YLC' | 'OTHER';

/** Which cases a figure counts: a target group and/or one case manager (a case manager's own cases). */
export interface ReportScope {
  targetGroup?: Group | undefined;
  caseManagerId?: number | undefined;
}

function scopeSql(s: ReportScope, alias = 'c'): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (s.targetGroup) parts.push(sql`${sql.raw(alias)}.target_group = ${s.targetGroup}`);
  if (s.caseManagerId !== undefined) parts.push(sql`${sql.raw(alias)}.case_manager_id = ${s.caseManagerId}`);
  return sql.join(parts, sql` AND `);
}

/**
 * The open cases a figure counts, reached through the phase index: five equality seeks skip the
 * closed years (a scan of every case row took 15 ms at 100k, the seeks 2 ms). One case manager's
 * cases go through their own (case_manager_id, phase) index instead.
 */
function openCasesFrom(s: ReportScope): SQL {
  const index = s.caseManagerId === undefined ? 'cases_phase_idx' : 'cases_manager_phase_idx';
  return sql`cases c INDEXED BY ${sql.raw(index)}`;
}
const OPEN_PHASE_IN = sql.raw(`c.phase IN (${PHASES.filter((p) => p !== 'closed').map((p) => `'${p}'`).join(', ')})`);

export async function openCasesByGroupPhase(db: Db, s: ReportScope): Promise<{ targetGroup: Group; phase: string; n: number }[]> {
  return db.all(sql`SELECT c.target_group AS targetGroup, c.phase AS phase, count(*) AS n FROM ${openCasesFrom(s)}
    WHERE ${OPEN_PHASE_IN} AND ${scopeSql(s)} GROUP BY c.target_group, c.phase ORDER BY 1, 2`);
}

/** Cases opened per month (YYYY-MM) in the period. */
export async function intakesByMonth(db: Db, s: ReportScope, from: string, to: string): Promise<{ month: string; n: number }[]> {
  return db.all(sql`SELECT substr(c.intake_date, 1, 7) AS month, count(*) AS n FROM cases c
    WHERE c.intake_date BETWEEN ${from} AND ${to} AND ${scopeSql(s)} GROUP BY 1 ORDER BY 1`);
}

/** Cases closed per month in the period (authorised closures and intakes closed as not eligible). */
export async function closuresByMonth(db: Db, s: ReportScope, from: string, to: string): Promise<{ month: string; n: number }[]> {
  return db.all(sql`SELECT substr(c.closed_on, 1, 7) AS month, count(*) AS n FROM cases c
    WHERE c.closed_on BETWEEN ${from} AND ${to} AND ${scopeSql(s)} GROUP BY 1 ORDER BY 1`);
}

/**
 * Authorised closures decided in the period, reached through the cases closed in it: authorising a
 * closure closes the case that day (closure service), and cases.closed_on has a narrow covering index
 * where the closures table would be read whole.
 */
function authorisedClosuresIn(s: ReportScope, from: string, to: string): SQL {
  return sql`cases c JOIN closures cl ON cl.case_id = c.id AND cl.status = 'authorised'
    WHERE c.closed_on BETWEEN ${from} AND ${to} AND cl.decided_on BETWEEN ${from} AND ${to} AND ${scopeSql(s)}`;
}

/** R14: authorised closures in the period by reason. */
export async function closureReasons(db: Db, s: ReportScope, from: string, to: string): Promise<{ reason: string; n: number }[]> {
  // The whole centre: a range of closures_decided_idx, which holds the reason too (no table reads).
  if (s.targetGroup === undefined && s.caseManagerId === undefined) {
    return db.all(sql`SELECT cl.reason AS reason, count(*) AS n FROM closures cl INDEXED BY closures_decided_idx
      WHERE cl.status = 'authorised' AND cl.decided_on BETWEEN ${from} AND ${to} GROUP BY 1 ORDER BY 1`);
  }
  return db.all(sql`SELECT cl.reason AS reason, count(*) AS n FROM ${authorisedClosuresIn(s, from, to)} GROUP BY 1 ORDER BY 1`);
}

/**
 * R2/R3: eligibility decisions made in the period, through their cases for the group and the scope.
 * Decisions are one per intake and read by decided_on.
 */
function eligibilityDecisionsIn(s: ReportScope, from: string, to: string): SQL {
  return sql`eligibility_decisions e JOIN cases c ON c.id = e.case_id WHERE e.decided_on BETWEEN ${from} AND ${to} AND ${scopeSql(s)}`;
}

/**
 * R2/R3: eligibility decisions in the period counted per target group, decision and reason in one
 * pass: a refusal's reason is the rule's code for PLP and YLC, and every reason a worker wrote (PWD,
 * OTHER) counts under one code, so the figures are not one row per text. Eligible rows carry ''.
 */
export async function eligibilityDecisionCounts(
  db: Db,
  s: ReportScope,
  from: string,
  to: string,
): Promise<{ targetGroup: Group; eligible: number; reason: string; n: number }[]> {
  const codes = sql.join(
    ELIGIBILITY_RULE_REASONS.map((r) => sql`${r}`),
    sql`, `,
  );
  return db.all(sql`SELECT c.target_group AS targetGroup, e.eligible AS eligible,
      CASE WHEN e.eligible = 1 THEN '' WHEN c.target_group IN ('PLP', 'YLC') AND e.reason IN (${codes}) THEN e.reason ELSE ${OTHER_ELIGIBILITY_REASON} END AS reason,
      count(*) AS n
    FROM ${eligibilityDecisionsIn(s, from, to)} GROUP BY 1, 2, 3`);
}

/** R8/R16: referrals sent in the period by the provider's sector and the referral's state. */
export async function referralsBySectorStatus(db: Db, s: ReportScope, from: string, to: string): Promise<{ sector: string; status: string; n: number }[]> {
  return db.all(sql`SELECT p.sector AS sector, r.status AS status, count(*) AS n FROM referrals r
    JOIN cases c ON c.id = r.case_id JOIN service_providers p ON p.id = r.provider_id
    WHERE r.sent_on BETWEEN ${from} AND ${to} AND ${scopeSql(s)} GROUP BY 1, 2 ORDER BY 1, 2`);
}

/** R17: open cases per case manager (null = not assigned) by intensity. */
export async function caseloadByManager(db: Db, s: ReportScope): Promise<{ caseManagerId: number | null; fullName: string | null; intensity: string; n: number }[]> {
  return db.all(sql`SELECT c.case_manager_id AS caseManagerId, u.full_name AS fullName, c.intensity AS intensity, count(*) AS n
    FROM ${openCasesFrom(s)} LEFT JOIN users u ON u.id = c.case_manager_id
    WHERE ${OPEN_PHASE_IN} AND ${scopeSql(s)} GROUP BY 1, 2, 3 ORDER BY 2, 1, 3`);
}

export async function userNames(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows: { id: number; fullName: string }[] = db.all(
    sql`SELECT id, full_name AS fullName FROM users WHERE id IN (${sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

export async function caseNumbers(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  // In chunks: SQLite limits the number of bound parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows: { id: number; caseNumber: string }[] = db.all(
      sql`SELECT id, case_number AS caseNumber FROM cases WHERE id IN (${sql.join(
        chunk.map((x) => sql`${x}`),
        sql`, `,
      )})`,
    );
    for (const r of rows) out.set(r.id, r.caseNumber);
  }
  return out;
}

/** R18: the centre's "notes within N days" setting (7 when none is saved). */
export async function documentationDays(db: Db): Promise<number> {
  const row: { d: number } | undefined = db.get(sql`SELECT documentation_days AS d FROM quality_settings WHERE id = 1`);
  return row?.d ?? 7;
}

export interface IndicatorWindow {
  from: string;
  to: string;
  /** Plan clocks starting on or after this day can fall due in the period (a superset, judged exactly in core). */
  planStartFrom: string;
  planStartTo: string;
  /** Signings and reviews on or after this day can set a review due date in the period. */
  anchorFrom: string;
  anchorTo: string;
  /** A day before anchorFrom whose review due date, for every group, falls before the period. */
  beforeAnchor: string;
  /**
   * The indicators table: documentation, referrals and closures too, each attributed to its case
   * manager. The dashboard needs only the centre's plan and review timeliness.
   */
  documentation: boolean;
  /** The calendar date a note was written, from its ISO timestamp (the centre's time zone). */
  dateOf(iso: string): string;
}

type CaseRowRaw = Omit<IndicatorCase, 'planSignedOn' | 'reviewedOn' | 'notes' | 'hasAssessment' | 'hasPlan'> & {
  /** The first plan signing, for the cases whose first-plan deadline can fall in the period only. */
  firstSigned: string | null;
  hasAssessment: number;
  hasPlan: number;
};

function group<T extends { caseId: number }>(rows: T[], keep: Set<number>): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    if (!keep.has(r.caseId)) continue;
    const l = m.get(r.caseId);
    if (l) l.push(r);
    else m.set(r.caseId, [r]);
  }
  return m;
}

/** The records the process indicators judge, for the cases in scope whose deadlines or activity touch the period. */
export async function loadIndicatorRecords(
  db: Db,
  s: ReportScope,
  w: IndicatorWindow,
): Promise<{ cases: IndicatorCase[]; referrals: IndicatorReferral[]; closures: IndicatorClosure[] }> {
  const { from, to } = w;
  const signedOn = sql`max(p.signed_by_client_on, p.signed_by_manager_on)`;
  const start = sql`CASE WHEN c.target_group = 'YLC' THEN coalesce(c.coordinator_appointed_on, c.assigned_on) ELSE c.assigned_on END`;
  // Signings and reviews that can set a review due date in the period: read once, used to pick the cases too.
  const signedRows = db.all<{ caseId: number; on: string }>(
    sql`SELECT p.case_id AS caseId, ${signedOn} AS "on" FROM plans p WHERE p.status = 'signed' AND ${signedOn} BETWEEN ${w.anchorFrom} AND ${to}`,
  );
  const reviewRows = db.all<{ caseId: number; on: string }>(
    sql`SELECT r.case_id AS caseId, r.reviewed_on AS "on" FROM reviews r WHERE r.reviewed_on BETWEEN ${w.anchorFrom} AND ${to}`,
  );
  // Only an anchor up to anchorTo can set a due date in the period; later ones are read as the next anchor.
  const anchored = JSON.stringify([...new Set([...signedRows, ...reviewRows].filter((r) => r.on <= w.anchorTo).map((r) => r.caseId))]);
  const openDuring = w.documentation ? sql`OR (c.intake_date <= ${to} AND (c.closed_on IS NULL OR c.closed_on >= ${from}))` : sql``;
  // The phase matters only to the documentation indicator; without it the case columns read here are
  // all in cases_quarter_cover_idx, and the scan stays in that index.
  const caseRows: CaseRowRaw[] = db.all(sql`SELECT c.id AS id, c.case_manager_id AS caseManagerId, c.target_group AS targetGroup,
      ${w.documentation ? sql`c.phase` : sql`'intake'`} AS phase,
      c.intake_date AS intakeDate, c.closed_on AS closedOn, c.assigned_on AS assignedOn, c.coordinator_appointed_on AS coordinatorAppointedOn,
      CASE WHEN ${start} BETWEEN ${w.planStartFrom} AND ${w.planStartTo}
        THEN (SELECT min(${signedOn}) FROM plans p WHERE p.case_id = c.id AND p.status = 'signed') END AS firstSigned,
      ${w.documentation ? sql`EXISTS (SELECT 1 FROM assessments a WHERE a.case_id = c.id)` : sql`0`} AS hasAssessment,
      ${w.documentation ? sql`EXISTS (SELECT 1 FROM plans p2 WHERE p2.case_id = c.id)` : sql`0`} AS hasPlan
    FROM cases c
    WHERE ${scopeSql(s)} AND (
      ${start} BETWEEN ${w.planStartFrom} AND ${w.planStartTo}
      OR c.id IN (SELECT value FROM json_each(${anchored}))
      ${openDuring}
    )`);
  const ids = new Set(caseRows.map((c) => c.id));
  const signed = group(signedRows, ids);
  const reviewed = group(reviewRows, ids);
  const notes = w.documentation
    ? group(
        db.all<{ caseId: number; contactDate: string; createdAt: string }>(
          sql`SELECT n.case_id AS caseId, n.contact_date AS contactDate, n.created_at AS createdAt FROM case_notes n WHERE n.contact_date BETWEEN ${from} AND ${to}`,
        ),
        ids,
      )
    : new Map<number, { caseId: number; contactDate: string; createdAt: string }[]>();

  const out: IndicatorCase[] = caseRows.map((c) => {
    const inWindow = (signed.get(c.id) ?? []).map((r) => r.on).sort();
    if (c.firstSigned !== null && (inWindow.length === 0 || c.firstSigned < inWindow[0]!)) inWindow.unshift(c.firstSigned);
    const reviewedOn = (reviewed.get(c.id) ?? []).map((r) => r.on).sort();
    // Only signings and reviews from anchorFrom on can set a due date in the period. A review is never
    // dated before the plan it reviews was signed (reviews service), so reviews earlier than every
    // signing in the window had a signing before it: that one stands in as anchorFrom − 1 day, whose
    // own due date falls before the period (review-schedule.ts drops reviews before the first signing).
    const planSignedOn = reviewedOn.length > 0 && (inWindow.length === 0 || reviewedOn[0]! < inWindow[0]!) ? [w.beforeAnchor, ...inWindow] : inWindow;
    return {
      id: c.id,
      caseManagerId: c.caseManagerId,
      targetGroup: c.targetGroup,
      phase: c.phase,
      intakeDate: c.intakeDate,
      closedOn: c.closedOn,
      assignedOn: c.assignedOn,
      coordinatorAppointedOn: c.coordinatorAppointedOn,
      planSignedOn,
      reviewedOn,
      hasAssessment: c.hasAssessment === 1,
      hasPlan: c.hasPlan === 1,
      notes: (notes.get(c.id) ?? []).map((n) => ({ contactDate: n.contactDate, writtenOn: w.dateOf(n.createdAt) })),
    };
  });

  if (!w.documentation) return { cases: out, referrals: [], closures: [] };
  const referrals: IndicatorReferral[] = db.all(sql`SELECT r.case_id AS caseId, r.follow_up_on AS followUpOn,
      min(coalesce(r.accepted_on, '9999'), coalesce(r.declined_on, '9999'), coalesce(r.completed_on, '9999')) AS answeredOn
    FROM referrals r JOIN cases c ON c.id = r.case_id
    WHERE r.follow_up_on BETWEEN ${from} AND ${to} AND ${scopeSql(s)}`);
  for (const r of referrals) if (r.answeredOn === '9999') r.answeredOn = null;
  const closureRows: (Omit<IndicatorClosure, 'clientInvolved'> & { clientInvolved: number })[] = db.all(sql`SELECT cl.case_id AS caseId, cl.decided_on AS authorisedOn, cl.client_involved AS clientInvolved
    FROM ${authorisedClosuresIn(s, from, to)}`);
  const closures = closureRows.map((r) => ({ caseId: r.caseId, authorisedOn: r.authorisedOn, clientInvolved: r.clientInvolved === 1 }));

  // The indicators attribute each referral and closure through its case: those cases join the list.
  const missing = [...new Set([...referrals.map((r) => r.caseId), ...closures.map((r) => r.caseId)])].filter((id) => !ids.has(id));
  for (let i = 0; i < missing.length; i += 500) {
    const chunk = missing.slice(i, i + 500);
    const rows: { id: number; caseManagerId: number | null; targetGroup: Group; phase: IndicatorCase['phase']; intakeDate: string; closedOn: string | null }[] = db.all(
      sql`SELECT id, case_manager_id AS caseManagerId, target_group AS targetGroup, phase, intake_date AS intakeDate, closed_on AS closedOn FROM cases WHERE id IN (${sql.join(
        chunk.map((x) => sql`${x}`),
        sql`, `,
      )})`,
    );
    // For attribution to a case manager only: no plan clock and no plan signed, so no deadline of theirs
    // counts; with documentation loaded, every case open in the period is already in the list.
    for (const r of rows) out.push({ ...r, assignedOn: null, coordinatorAppointedOn: null, planSignedOn: [], reviewedOn: [], hasAssessment: true, hasPlan: true, notes: [] });
  }
  return { cases: out, referrals, closures };
}
