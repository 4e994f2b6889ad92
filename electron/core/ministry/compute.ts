// The quarterly figures (MINISTRY-PACKAGE.md, "Indicators"): every indicator for each target group
// and _T, with every breakdown and every code, zeros included.
import { addDays, addMonths, ageOn } from '../calendar-dates';
import {
  CLOSURE_REASON_CODES,
  CODE_LISTS,
  ENTRY_POINT_CODES,
  GROUP_CODES,
  INDICATORS,
  INDICATOR_CODES,
  NO_BREAKDOWN,
  TOTAL,
  type Breakdown,
  type CodeOf,
  type GroupCode,
  type Indicator,
  type PackageGroup,
} from './codes';
import type { MinistryCase, MinistryDataset } from './dataset';
import { cmpDates, inQuarter, type Quarter } from './quarter';
import { currentReviewDue, reviewDues } from './review-schedule';

export type BreakdownCode = Breakdown | typeof NO_BREAKDOWN;

/** One figure of the package before small-number protection. */
export interface Cell {
  indicator: Indicator;
  group: GroupCode;
  breakdown: BreakdownCode;
  value: string;
  obs: number;
}

export function cellKey(c: Pick<Cell, 'indicator' | 'group' | 'breakdown' | 'value'>): string {
  return `${c.indicator}|${c.group}|${c.breakdown}|${c.value}`;
}

/** A counted thing: its identity (counted once per cell), its group and its breakdown codes. */
type Unit = { key: string; group: PackageGroup; dims: Partial<Record<Breakdown, string>> };

/** A case is open on day d when opened on or before d and not closed before or on d. */
export function openOn(c: Pick<MinistryCase, 'intakeDate' | 'closedOn'>, d: string): boolean {
  return cmpDates(c.intakeDate, d) <= 0 && (c.closedOn === null || cmpDates(c.closedOn, d) > 0);
}

function openDuring(c: MinistryCase, q: Quarter): boolean {
  const from = cmpDates(c.intakeDate, q.firstDay) > 0 ? c.intakeDate : q.firstDay;
  return cmpDates(from, q.lastDay) <= 0 && openOn(c, from);
}

export function sexCode(sex: 'F' | 'M' | null): CodeOf<'SEX'> {
  return sex ?? '_U';
}

export function ageBand(birthDate: string | null, on: string): CodeOf<'AGE_BAND'> {
  if (!birthDate) return '_U';
  const age = ageOn(birthDate, on);
  if (age < 18) return 'Y_LT18';
  if (age <= 24) return 'Y18-24';
  if (age <= 34) return 'Y25-34';
  if (age <= 49) return 'Y35-49';
  if (age <= 64) return 'Y50-64';
  return 'Y_GE65';
}

/** R7: the first plan's deadline; YLC counts from the coordinator's appointment. */
export function firstPlanDue(c: MinistryCase, planMonths: number): string | null {
  const start = c.targetGroup === 'YLC' ? (c.coordinatorAppointedOn ?? c.assignedOn) : c.assignedOn;
  return start === null ? null : addMonths(start, planMonths);
}

function caseUnit(c: MinistryCase, dims: Unit['dims'] = {}): Unit {
  return { key: `c${c.id}`, group: c.targetGroup, dims };
}

function unitsFor(data: MinistryDataset, q: Quarter): Record<Exclude<Indicator, 'STAFF_ACTIVE' | 'CASELOAD_MEAN' | 'CASELOAD_MAX'>, Unit[]> {
  const { cases, referrals, timing } = data;
  const dayBefore = addDays(q.firstDay, -1);
  const opened = cases.filter((c) => inQuarter(c.intakeDate, q));
  const plpReleases = cases.filter((c) => c.targetGroup === 'PLP' && inQuarter(c.releaseDate, q));
  const iapDue = cases.filter((c) => {
    const due = firstPlanDue(c, timing[c.targetGroup].planMonths);
    if (!due || !inQuarter(due, q)) return false;
    const first = c.planSignedOn[0] ?? null;
    // A case that ended before its deadline without a plan owed none.
    return !(c.closedOn !== null && cmpDates(c.closedOn, due) <= 0 && (first === null || cmpDates(first, c.closedOn) > 0));
  });
  const onTime = (c: MinistryCase) => {
    const due = firstPlanDue(c, timing[c.targetGroup].planMonths)!;
    const first = c.planSignedOn[0];
    return first !== undefined && cmpDates(first, due) <= 0;
  };
  const reviews = cases.flatMap((c) =>
    reviewDues(c, timing[c.targetGroup].reviewMonths)
      .filter((r) => inQuarter(r.due, q))
      .map((r) => ({ c, r })),
  );
  const referralUnits = (pick: (r: (typeof referrals)[number]) => string | null) =>
    referrals.flatMap((r, i) => (inQuarter(pick(r), q) ? [{ key: `r${i}`, group: r.targetGroup, dims: { SECTOR: r.sector } }] : []));
  const ylcDecisions = cases
    .filter((c) => c.targetGroup === 'YLC')
    .flatMap((c) =>
      c.eligibilityDecisions
        .map((d, i) => ({ d, i }))
        .filter(({ d }) => inQuarter(d.decidedOn, q))
        .map(({ d, i }) => ({ key: `c${c.id}d${i}`, group: c.targetGroup, dims: { RESULT: d.eligible ? 'ELIGIBLE' : 'NOT_ELIGIBLE' } })),
    );
  // A case with two kinds of support counts once under each kind and once in the total.
  const ylcSupports = cases
    .filter((c) => c.targetGroup === 'YLC')
    .flatMap((c) => c.supports.filter((s) => inQuarter(s.on, q)).map((s) => caseUnit(c, { SUPPORT_TYPE: s.type })));
  const persons = cases
    .filter((c) => openDuring(c, q))
    .map((c) => ({ key: `p${c.clientId}`, group: c.targetGroup, dims: { SEX: sexCode(c.sex), AGE_BAND: ageBand(c.birthDate, q.lastDay) } }));

  return {
    CASES_OPEN_START: cases.filter((c) => openOn(c, dayBefore)).map((c) => caseUnit(c)),
    CASES_OPENED: opened.map((c) =>
      caseUnit(c, { ENTRY_POINT: ENTRY_POINT_CODES[c.entryPoint] ?? 'OTHER', SEX: sexCode(c.sex), AGE_BAND: ageBand(c.birthDate, q.lastDay) }),
    ),
    CASES_REOPENED: opened.filter((c) => c.reopened).map((c) => caseUnit(c)),
    CASES_CLOSED: cases
      .filter((c) => inQuarter(c.closedOn, q))
      .map((c) => caseUnit(c, { CLOSURE_REASON: (c.closureReason && CLOSURE_REASON_CODES[c.closureReason]) || 'OTHER' })),
    CASES_OPEN_END: cases.filter((c) => openOn(c, q.lastDay)).map((c) => caseUnit(c, { INTENSITY: c.intensity.toUpperCase() })),
    PERSONS_SERVED: persons,
    IAP_DUE: iapDue.map((c) => caseUnit(c)),
    IAP_ON_TIME: iapDue.filter(onTime).map((c) => caseUnit(c)),
    REVIEWS_DUE: reviews.map(({ c, r }) => ({ key: `c${c.id}@${r.due}`, group: c.targetGroup, dims: {} })),
    REVIEWS_ON_TIME: reviews.filter(({ r }) => r.onTime).map(({ c, r }) => ({ key: `c${c.id}@${r.due}`, group: c.targetGroup, dims: {} })),
    REVIEWS_OVERDUE_END: cases
      .filter((c) => {
        if (!openOn(c, q.lastDay)) return false;
        const due = currentReviewDue(c, timing[c.targetGroup].reviewMonths);
        return due !== null && cmpDates(due, q.lastDay) < 0;
      })
      .map((c) => caseUnit(c)),
    REFERRALS_MADE: referralUnits((r) => r.sentOn),
    REFERRALS_COMPLETED: referralUnits((r) => r.completedOn),
    REFERRALS_DECLINED: referralUnits((r) => r.declinedOn),
    PLP_RELEASES: plpReleases.map((c) => caseUnit(c)),
    PLP_CM_BEFORE_RELEASE: plpReleases.filter((c) => c.assignedOn !== null && cmpDates(c.assignedOn, c.releaseDate!) < 0).map((c) => caseUnit(c)),
    PLP_STARTED_12M: plpReleases.filter((c) => cmpDates(c.intakeDate, addMonths(c.releaseDate!, -12)) <= 0).map((c) => caseUnit(c)),
    PLP_VISIT_BEFORE_RELEASE: plpReleases.filter((c) => c.visitDates.some((v) => cmpDates(v, c.releaseDate!) < 0)).map((c) => caseUnit(c)),
    YLC_ELIGIBILITY_DECISIONS: ylcDecisions,
    YLC_SUPPORTS: ylcSupports,
  };
}

/** For every cell a list of units falls in (its group and _T; no breakdown and each of its codes), the distinct units. */
function tally(units: readonly Unit[]): Map<string, Set<string>> {
  const cells = new Map<string, Set<string>>();
  const add = (key: string, unit: string) => {
    let set = cells.get(key);
    if (!set) cells.set(key, (set = new Set()));
    set.add(unit);
  };
  for (const u of units) {
    for (const group of [u.group, TOTAL]) {
      add(`${group}|${NO_BREAKDOWN}|${NO_BREAKDOWN}`, u.key);
      for (const [breakdown, value] of Object.entries(u.dims)) add(`${group}|${breakdown}|${value}`, u.key);
    }
  }
  return cells;
}

/** R17-style staff figures on the last day: case managers with open cases, and their caseloads. */
function staffCells(data: MinistryDataset, q: Quarter): Cell[] {
  const out: Cell[] = [];
  for (const group of GROUP_CODES) {
    const perManager = new Map<number, number>();
    for (const c of data.cases) {
      if (c.caseManagerId === null || !openOn(c, q.lastDay) || (group !== TOTAL && c.targetGroup !== group)) continue;
      perManager.set(c.caseManagerId, (perManager.get(c.caseManagerId) ?? 0) + 1);
    }
    const loads = [...perManager.values()];
    const staff = loads.length;
    const mean = staff === 0 ? 0 : loads.reduce((a, b) => a + b, 0) / staff;
    const max = staff === 0 ? 0 : Math.max(...loads);
    const row = (indicator: Indicator, obs: number): Cell => ({ indicator, group, breakdown: NO_BREAKDOWN, value: NO_BREAKDOWN, obs });
    out.push(row('STAFF_ACTIVE', staff), row('CASELOAD_MEAN', Math.round(mean * 10) / 10), row('CASELOAD_MAX', max));
  }
  return out;
}

/** Every cell of the package, in indicator order; values before protection. */
export function computeIndicators(data: MinistryDataset, q: Quarter): Cell[] {
  const units = unitsFor(data, q);
  const cells: Cell[] = [];
  for (const indicator of INDICATOR_CODES) {
    if (indicator === 'STAFF_ACTIVE' || indicator === 'CASELOAD_MEAN' || indicator === 'CASELOAD_MAX') continue;
    const counted = tally(units[indicator]);
    const obs = (group: GroupCode, breakdown: BreakdownCode, value: string) => counted.get(`${group}|${breakdown}|${value}`)?.size ?? 0;
    for (const group of GROUP_CODES) {
      cells.push({ indicator, group, breakdown: NO_BREAKDOWN, value: NO_BREAKDOWN, obs: obs(group, NO_BREAKDOWN, NO_BREAKDOWN) });
      for (const breakdown of INDICATORS[indicator].breakdowns as readonly Breakdown[]) {
        for (const value of CODE_LISTS[breakdown]) cells.push({ indicator, group, breakdown, value, obs: obs(group, breakdown, value) });
      }
    }
  }
  return [...cells, ...staffCells(data, q)];
}

