import ExcelJS from 'exceljs';
import {
  caseNumbers,
  caseloadByManager,
  closureReasons,
  closuresByMonth,
  documentationDays,
  eligibilityDecisionCounts,
  intakesByMonth,
  loadIndicatorRecords,
  openCasesByGroupPhase,
  referralsBySectorStatus,
  userNames,
  type ReportScope,
} from '../../db/repositories/reports';
import type { Db } from '../../db/open';
import type { UserRow } from '../../db/repositories/users';
import { withRead } from '../../db/transaction';
import { OTHER_ELIGIBILITY_REASON, type Dashboard, type IndicatorRowOut, type ProcessIndicatorsOut, type ReportFilters, type ReportName } from '../contract/methods/reports';
import { PROCESS_INDICATORS, computeProcessIndicators, type IndicatorRow } from '../core/quality/process-indicators';
import { addDays } from '../core/calendar-dates';
import { requireUser, type HandlerGroup } from './call-context';
import { timingByGroup, vilniusDate } from './cycle-clock';
import { seesAllCases } from './case-access';
import { forbidden } from './errors';
import { loadLocaleArea } from './locale-files';
import { latestStartDueBy } from './today';

// R18/R20: the reports dashboard, the computed process indicators and their export. Who sees what:
// supervisors and administrators every case (optionally one case manager's); a case manager only
// their own cases, whatever filter they send.

const GROUPS = ['PWD', 'PLP', 'YLC', 'OTHER'] as const;

function scopeFor(user: UserRow, f: ReportFilters): ReportScope {
  if (!seesAllCases(user)) {
    if (f.caseManagerId !== undefined && f.caseManagerId !== user.id) throw forbidden();
    return { targetGroup: f.targetGroup, caseManagerId: user.id };
  }
  return { targetGroup: f.targetGroup, caseManagerId: f.caseManagerId };
}

async function indicators(db: Db, scope: ReportScope, f: ReportFilters, withDocumentation: boolean) {
  const timing = await timingByGroup(db);
  const dayBefore = addDays(f.from, -1);
  const minOf = (xs: string[]) => xs.reduce((a, b) => (a < b ? a : b));
  const maxOf = (xs: string[]) => xs.reduce((a, b) => (a > b ? a : b));
  const days = await documentationDays(db);
  // Review due dates in the period come from signings and reviews after this day.
  const beforeAnchor = minOf(GROUPS.map((g) => latestStartDueBy(dayBefore, timing[g].reviewMonths)));
  const records = await loadIndicatorRecords(db, scope, {
    from: f.from,
    to: f.to,
    planStartFrom: addDays(minOf(GROUPS.map((g) => latestStartDueBy(dayBefore, timing[g].planMonths))), 1),
    planStartTo: maxOf(GROUPS.map((g) => latestStartDueBy(f.to, timing[g].planMonths))),
    anchorFrom: addDays(beforeAnchor, 1),
    anchorTo: maxOf(GROUPS.map((g) => latestStartDueBy(f.to, timing[g].reviewMonths))),
    beforeAnchor,
    documentation: withDocumentation,
    dateOf: (iso) => vilniusDate(Date.parse(iso)),
  });
  const result = computeProcessIndicators({ from: f.from, to: f.to, timing, documentationDays: days, timelinessOnly: !withDocumentation, ...records });
  return { result, days };
}

/** R2/R3: the decisions per group (in the groups' order) and the refusals per reason (by code). */
function eligibilityFigures(rows: Awaited<ReturnType<typeof eligibilityDecisionCounts>>): Pick<Dashboard, 'eligibility' | 'notEligibleReasons'> {
  const groups = new Map<string, Dashboard['eligibility'][number]>();
  const reasons = new Map<string, number>();
  for (const r of rows) {
    const g = groups.get(r.targetGroup) ?? { targetGroup: r.targetGroup, eligible: 0, notEligible: 0 };
    if (r.eligible) g.eligible += r.n;
    else {
      g.notEligible += r.n;
      reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + r.n);
    }
    groups.set(r.targetGroup, g);
  }
  return {
    eligibility: [...groups.values()].sort((a, b) => GROUPS.indexOf(a.targetGroup) - GROUPS.indexOf(b.targetGroup)),
    notEligibleReasons: [...reasons].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([reason, n]) => ({ reason, n })),
  };
}

export async function dashboardFor(db: Db, user: UserRow, f: ReportFilters): Promise<Dashboard> {
  const scope = scopeFor(user, f);
  const intakes = await intakesByMonth(db, scope, f.from, f.to);
  const closed = await closuresByMonth(db, scope, f.from, f.to);
  const months = [...new Set([...intakes.map((r) => r.month), ...closed.map((r) => r.month)])].sort();
  const { result } = await indicators(db, scope, f, false);
  const t = (k: 'plansOnTime' | 'reviewsOnTime') => ({ onTime: result.centre[k].numerator, late: result.centre[k].denominator - result.centre[k].numerator });
  const load = new Map<string, Dashboard['caseload'][number]>();
  for (const r of await caseloadByManager(db, scope)) {
    const key = String(r.caseManagerId);
    const row = load.get(key) ?? { caseManagerId: r.caseManagerId, fullName: r.fullName ?? '', high: 0, moderate: 0, low: 0, total: 0 };
    row[r.intensity as 'high' | 'moderate' | 'low'] += r.n;
    row.total += r.n;
    load.set(key, row);
  }
  return {
    openCases: await openCasesByGroupPhase(db, scope),
    intakesClosures: months.map((month) => ({
      month,
      intakes: intakes.find((r) => r.month === month)?.n ?? 0,
      closures: closed.find((r) => r.month === month)?.n ?? 0,
    })),
    closureReasons: await closureReasons(db, scope, f.from, f.to),
    ...eligibilityFigures(await eligibilityDecisionCounts(db, scope, f.from, f.to)),
    timeliness: { plans: t('plansOnTime'), reviews: t('reviewsOnTime') },
    referrals: await referralsBySectorStatus(db, scope, f.from, f.to),
    caseload: [...load.values()],
  };
}

export async function processIndicatorsFor(db: Db, user: UserRow, f: ReportFilters): Promise<ProcessIndicatorsOut> {
  const scope = scopeFor(user, f);
  const { result, days } = await indicators(db, scope, f, true);
  const ids = new Set<number>();
  for (const k of PROCESS_INDICATORS) for (const i of result.centre[k].items) ids.add(i.caseId);
  const numbers = await caseNumbers(db, [...ids]);
  const names = await userNames(db, [...result.byManager.keys()]);
  const out = (row: IndicatorRow): IndicatorRowOut =>
    Object.fromEntries(
      PROCESS_INDICATORS.map((k) => [
        k,
        {
          numerator: row[k].numerator,
          denominator: row[k].denominator,
          cases: row[k].items.map((i) => ({ caseId: i.caseId, caseNumber: numbers.get(i.caseId) ?? String(i.caseId), met: i.met })),
        },
      ]),
    ) as IndicatorRowOut;
  return {
    documentationDays: days,
    centre: out(result.centre),
    managers: [...result.byManager.entries()]
      .map(([id, row]) => ({ caseManagerId: id, fullName: names.get(id) ?? '', row: out(row) }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'lt') || a.caseManagerId - b.caseManagerId),
  };
}

type Labels = {
  reports: Record<ReportName, string>;
  columns: Record<string, string>;
  indicators: Record<string, string>;
  unassigned: string;
  centre: string;
  eligibilityOther: string;
};

/** A report as a header row and data rows (numbers stay numbers). */
export async function reportTable(db: Db, user: UserRow, report: ReportName, f: ReportFilters): Promise<{ title: string; rows: (string | number)[][] }> {
  const lang = user.language;
  // Value names come from the areas that own them, so a report reads as the screens do.
  const L = {
    ...loadLocaleArea<Labels>(lang, 'reports'),
    groups: loadLocaleArea<{ group: Record<string, string> }>(lang, 'cases').group,
    phases: loadLocaleArea<{ phase: Record<string, string> }>(lang, 'cases').phase,
    reasons: loadLocaleArea<{ reason: Record<string, string> }>(lang, 'closure').reason,
    eligibilityReasons: loadLocaleArea<{ eligibility: { reasons: Record<string, string> } }>(lang, 'cases').eligibility.reasons,
    sectors: loadLocaleArea<{ sectors: Record<string, string> }>(lang, 'serviceMap').sectors,
    statuses: loadLocaleArea<{ statuses: Record<string, string> }>(lang, 'referrals').statuses,
  };
  const c = L.columns;
  const title = L.reports[report];
  if (report === 'processIndicators') {
    const p = await processIndicatorsFor(db, user, f);
    const rows: (string | number)[][] = [[c.caseManager!, ...PROCESS_INDICATORS.flatMap((k) => [`${L.indicators[k]} (${c.met})`, `${L.indicators[k]} (${c.total})`])]];
    const line = (name: string, row: IndicatorRowOut) => [name, ...PROCESS_INDICATORS.flatMap((k) => [row[k].numerator, row[k].denominator])];
    for (const m of p.managers) rows.push(line(m.fullName, m.row));
    rows.push(line(L.centre, p.centre));
    return { title, rows };
  }
  const d = await dashboardFor(db, user, f);
  switch (report) {
    case 'openCases':
      return { title, rows: [[c.targetGroup!, c.phase!, c.count!], ...d.openCases.map((r) => [L.groups[r.targetGroup] ?? r.targetGroup, L.phases[r.phase] ?? r.phase, r.n])] };
    case 'intakesClosures':
      return { title, rows: [[c.month!, c.intakes!, c.closures!], ...d.intakesClosures.map((r) => [r.month, r.intakes, r.closures])] };
    case 'closureReasons':
      return { title, rows: [[c.reason!, c.count!], ...d.closureReasons.map((r) => [L.reasons[r.reason] ?? r.reason, r.n])] };
    case 'eligibility': {
      // Two tables on one sheet: the decisions per group, then (after an empty row) the refusals by reason.
      const reason = (r: string) => (r === OTHER_ELIGIBILITY_REASON ? L.eligibilityOther : (L.eligibilityReasons[r] ?? r));
      return {
        title,
        rows: [
          [c.targetGroup!, c.eligible!, c.notEligible!],
          ...d.eligibility.map((r) => [L.groups[r.targetGroup] ?? r.targetGroup, r.eligible, r.notEligible]),
          [],
          [c.notEligibleReason!, c.count!],
          ...d.notEligibleReasons.map((r) => [reason(r.reason), r.n]),
        ],
      };
    }
    case 'timeliness':
      return {
        title,
        rows: [
          [c.item!, c.onTime!, c.late!],
          [L.indicators.plansOnTime!, d.timeliness.plans.onTime, d.timeliness.plans.late],
          [L.indicators.reviewsOnTime!, d.timeliness.reviews.onTime, d.timeliness.reviews.late],
        ],
      };
    case 'referrals':
      return { title, rows: [[c.sector!, c.status!, c.count!], ...d.referrals.map((r) => [L.sectors[r.sector] ?? r.sector, L.statuses[r.status] ?? r.status, r.n])] };
    case 'caseload':
      return {
        title,
        rows: [[c.caseManager!, c.high!, c.moderate!, c.low!, c.total!], ...d.caseload.map((r) => [r.caseManagerId === null ? L.unassigned : r.fullName, r.high, r.moderate, r.low, r.total])],
      };
  }
}

/** RFC 4180 CSV, UTF-8 with a BOM so spreadsheet programs read Lithuanian letters, CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export async function toXlsx(title: string, rows: readonly (readonly (string | number)[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Atvejis';
  const sheet = wb.addWorksheet(title.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31));
  for (const r of rows) sheet.addRow([...r]);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((col) => {
    col.width = 22;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const reportsHandlers: HandlerGroup<'reports.dashboard' | 'reports.processIndicators' | 'reports.export'> = {
  'reports.dashboard': async (input, ctx) => {
    const user = requireUser(ctx);
    return withRead(ctx.app.handle, (db) => dashboardFor(db, user, input));
  },
  'reports.processIndicators': async (input, ctx) => {
    const user = requireUser(ctx);
    return withRead(ctx.app.handle, (db) => processIndicatorsFor(db, user, input));
  },
  'reports.export': async (input, ctx) => {
    const user = requireUser(ctx);
    const { rows } = await withRead(ctx.app.handle, (db) => reportTable(db, user, input.report, input.filters));
    const title = loadLocaleArea<Labels>(user.language, 'reports').reports[input.report];
    const base = `${input.report}_${input.filters.from}_${input.filters.to}`;
    if (input.format === 'csv') return { fileName: `${base}.csv`, base64: Buffer.from(toCsv(rows), 'utf8').toString('base64') };
    return { fileName: `${base}.xlsx`, base64: (await toXlsx(title, rows)).toString('base64') };
  },
};
