// R18: the process indicators the data can compute (ILO Table 3), per case manager and for the centre,
// over a period [from, to]. Pure: plain records in (loaded by db/repositories/reports.ts), figures out.
// Each figure is numerator / denominator with the cases behind it, so the screen can link to them.
import { addDays } from '../calendar-dates';
import { planDueDate } from '../deadlines';
import { reviewDues } from '../ministry/review-schedule';

export type Group = 'PWD' | 'PLP' | 'YLC' | 'OTHER';
export type Phase = 'intake' | 'assessment' | 'planning' | 'implementation' | 'review' | 'closed';

export const PROCESS_INDICATORS = ['plansOnTime', 'reviewsOnTime', 'referralsAnswered', 'documentationComplete', 'closuresClientInvolved'] as const;
export type ProcessIndicator = (typeof PROCESS_INDICATORS)[number];

export interface IndicatorCase {
  id: number;
  caseManagerId: number | null;
  targetGroup: Group;
  phase: Phase;
  intakeDate: string;
  closedOn: string | null;
  assignedOn: string | null;
  coordinatorAppointedOn: string | null;
  /** The day each signed plan version took effect (the later signature), oldest first. */
  planSignedOn: string[];
  /** Formal review dates, oldest first. */
  reviewedOn: string[];
  hasAssessment: boolean;
  /** Any plan version, draft or signed. */
  hasPlan: boolean;
  /** Notes whose contact fell in the period: contact date and the date the note was written. */
  notes: { contactDate: string; writtenOn: string }[];
}

export interface IndicatorReferral {
  caseId: number;
  followUpOn: string;
  /** The day it was answered (accepted, declined or completed, the earliest); null when unanswered. */
  answeredOn: string | null;
}

export interface IndicatorClosure {
  caseId: number;
  /** The day the supervisor authorised it. */
  authorisedOn: string;
  clientInvolved: boolean;
}

export interface IndicatorInput {
  from: string;
  to: string;
  cases: IndicatorCase[];
  referrals: IndicatorReferral[];
  closures: IndicatorClosure[];
  timing: Record<Group, { planMonths: number; reviewMonths: number }>;
  /** A note is on time when written within this many days of the contact. */
  documentationDays: number;
  /** Only the centre's plan and review timeliness (the dashboard): no documentation, no per-manager rows. */
  timelinessOnly?: boolean;
}

export interface Figure {
  numerator: number;
  denominator: number;
  /** Each counted item's case, with whether it met the indicator (a case may appear more than once). */
  items: { caseId: number; met: boolean }[];
}

export type IndicatorRow = Record<ProcessIndicator, Figure>;

export interface ProcessIndicatorResult {
  centre: IndicatorRow;
  /** Keyed by case manager id; cases without a case manager count only for the centre. */
  byManager: Map<number, IndicatorRow>;
}

const within = (d: string | null, from: string, to: string): d is string => d !== null && d >= from && d <= to;

/** R18 documentation: the records the phase needs exist, and every contact in the period was written up in time. */
export function documentationComplete(c: IndicatorCase, days: number): boolean {
  // A closed case's phase no longer tells how far it got, so only its notes are judged.
  const pastAssessment = c.phase === 'planning' || c.phase === 'implementation' || c.phase === 'review';
  const inImplementation = c.phase === 'implementation' || c.phase === 'review';
  if (pastAssessment && !c.hasAssessment) return false;
  if (inImplementation && !c.hasPlan) return false;
  return c.notes.every((n) => n.writtenOn <= addDays(n.contactDate, days));
}

/** Whether a case was open at some time during [from, to]. */
export function openDuringPeriod(c: Pick<IndicatorCase, 'intakeDate' | 'closedOn'>, from: string, to: string): boolean {
  return c.intakeDate <= to && (c.closedOn === null || c.closedOn >= from);
}

export function computeProcessIndicators(input: IndicatorInput): ProcessIndicatorResult {
  const { from, to, timing } = input;
  const items: Record<ProcessIndicator, { caseId: number; met: boolean }[]> = {
    plansOnTime: [],
    reviewsOnTime: [],
    referralsAnswered: [],
    documentationComplete: [],
    closuresClientInvolved: [],
  };
  const byId = new Map(input.cases.map((c) => [c.id, c]));

  for (const c of input.cases) {
    // R7: the first plan's deadline fell in the period; met when the first version was signed by then.
    const start = c.targetGroup === 'YLC' ? (c.coordinatorAppointedOn ?? c.assignedOn) : c.assignedOn;
    const due = start === null ? null : planDueDate(start, timing[c.targetGroup].planMonths);
    if (within(due, from, to)) {
      const first = c.planSignedOn[0] ?? null;
      // A case that ended before its deadline without a plan owed none.
      const owed = !(c.closedOn !== null && c.closedOn <= due && (first === null || first > c.closedOn));
      if (owed) items.plansOnTime.push({ caseId: c.id, met: first !== null && first <= due });
    }
    // R10: every review due date in the period; met when reviewed on or before it.
    for (const r of reviewDues(c, timing[c.targetGroup].reviewMonths)) {
      if (within(r.due, from, to)) items.reviewsOnTime.push({ caseId: c.id, met: r.onTime });
    }
    if (input.timelinessOnly) continue;
    if (openDuringPeriod(c, from, to)) items.documentationComplete.push({ caseId: c.id, met: documentationComplete(c, input.documentationDays) });
  }
  for (const r of input.referrals) {
    if (!byId.has(r.caseId) || !within(r.followUpOn, from, to)) continue;
    items.referralsAnswered.push({ caseId: r.caseId, met: r.answeredOn !== null && r.answeredOn <= r.followUpOn });
  }
  for (const cl of input.closures) {
    if (!byId.has(cl.caseId) || !within(cl.authorisedOn, from, to)) continue;
    items.closuresClientInvolved.push({ caseId: cl.caseId, met: cl.clientInvolved });
  }

  const figure = (list: { caseId: number; met: boolean }[]): Figure => ({
    numerator: list.filter((i) => i.met).length,
    denominator: list.length,
    items: list,
  });
  const rowOf = (lists: Record<ProcessIndicator, { caseId: number; met: boolean }[]>): IndicatorRow =>
    Object.fromEntries(PROCESS_INDICATORS.map((k) => [k, figure(lists[k])])) as IndicatorRow;
  if (input.timelinessOnly) return { centre: rowOf(items), byManager: new Map() };
  // One pass over the items, sorted into each case manager's lists.
  const perManager = new Map<number, Record<ProcessIndicator, { caseId: number; met: boolean }[]>>();
  for (const m of [...new Set(input.cases.map((c) => c.caseManagerId).filter((m): m is number => m !== null))].sort((a, b) => a - b)) {
    perManager.set(m, { plansOnTime: [], reviewsOnTime: [], referralsAnswered: [], documentationComplete: [], closuresClientInvolved: [] });
  }
  for (const k of PROCESS_INDICATORS) {
    for (const i of items[k]) {
      const m = byId.get(i.caseId)?.caseManagerId;
      if (m !== null && m !== undefined) perManager.get(m)![k].push(i);
    }
  }
  const byManager = new Map<number, IndicatorRow>();
  for (const [m, lists] of perManager) byManager.set(m, rowOf(lists));
  return { centre: rowOf(items), byManager };
}
