// Synthetic demo data for trying and benchmarking the program: realistic Lithuanian people with valid
// personal codes, and cases spread over every target group and phase of the cycle, with plans, notes,
// reviews and closures, and some deliberately overdue items relative to `today`. Pure: the same seed
// and `today` always give the same data; the database writer (db/demo) turns it into rows.
import { addDays, addMonths, compareDates, daysBetween, formatYmd, parseDate } from '../calendar-dates';
import { RELEASE_SOON_MONTHS } from '../deadlines';
import { COMMON_ENTRY_POINTS, GROUP_ENTRY_POINTS, type EntryPoint } from '../entry-points';
import { foldName } from '../name-match';
import { personalCodeCheckDigit } from '../personal-code';
import * as L from './lexicon';
import { Random } from './random';
import { CODE_LISTS } from '../ministry/codes';

const YLC_SUPPORT_TYPES = CODE_LISTS.SUPPORT_TYPE;

export const DEMO_TARGET_GROUPS = ['PWD', 'PLP', 'YLC', 'OTHER'] as const;
export const DEMO_PHASES = ['intake', 'assessment', 'planning', 'implementation', 'review', 'closed'] as const;
export const DEMO_ASSESSMENT_DOMAINS = [
  'housing', 'health', 'dailyLiving', 'socialSkills', 'employment', 'education',
  'family', 'legal', 'guardianship', 'accessibility', 'psychological', 'mediation',
] as const;
export const DEMO_CLOSURE_REASONS = ['planComplete', 'concernsResolved', 'transferred', 'death', 'migration', 'refusal', 'other'] as const;

export type DemoGroup = (typeof DEMO_TARGET_GROUPS)[number];
export type DemoPhase = (typeof DEMO_PHASES)[number];
export type DemoClosureReason = (typeof DEMO_CLOSURE_REASONS)[number];
type Sex = 'F' | 'M';
type NoteKind = 'faceToFace' | 'phone' | 'remote' | 'homeVisit' | 'accompanying' | 'preReleaseVisit' | 'other';

/** An index into DemoPlan.staff. */
export type StaffRef = number;

export interface DemoStaff {
  username: string;
  fullName: string;
  roles: ('case_manager' | 'supervisor')[];
}

export interface DemoClient {
  firstName: string;
  lastName: string;
  /** foldName(first + ' ' + last), as the clients service stores it. */
  nameFolded: string;
  personalCode: string | null;
  birthDate: string | null;
  sex: Sex | null;
  address: string;
  phone: string;
  email: string;
  languages: string;
  familySituation: string;
  caregiver: string;
  vulnerabilityNotes: string;
  createdBy: StaffRef;
  createdAt: string;
  updatedAt: string;
}

export interface DemoEligibility { decidedOn: string; decidedBy: StaffRef; eligible: boolean; criterion: string | null; reason: string; createdAt: string }
export interface DemoDomain { domain: (typeof DEMO_ASSESSMENT_DOMAINS)[number]; needLevel: 'none' | 'low' | 'medium' | 'high'; risk: boolean; notes: string }
export interface DemoAssessment { assessedOn: string; assessedBy: StaffRef; aspirations: string; summary: string; createdAt: string; domains: DemoDomain[] }
export interface DemoStep { text: string; who: string; dueDate: string | null; status: 'open' | 'done' | 'cancelled'; doneOn: string | null }
export interface DemoGoal { text: string; steps: DemoStep[] }
export interface DemoPlanVersion {
  version: number;
  status: 'draft' | 'signed';
  assessmentSummary: string;
  services: string;
  clientCommitments: string;
  centreCommitments: string;
  rightsText: string;
  signedByClientOn: string | null;
  signedByManagerOn: string | null;
  signedManager: StaffRef | null;
  createdAt: string;
  updatedAt: string;
  goals: DemoGoal[];
}
export interface DemoReview {
  /** Index into the case's plans: the signed version reviewed. */
  planIndex: number;
  reviewedOn: string;
  reviewer: StaffRef;
  supportLevel: 'faceToFace' | 'remote' | 'phone';
  stillNeeded: boolean;
  outcome: 'continue' | 'newPlan' | 'reassess' | 'close';
  notes: string;
  createdAt: string;
  /** goalIndex into that plan's goals. */
  goals: { goalIndex: number; progress: 'achieved' | 'progressing' | 'notStarted' | 'dropped'; note: string }[];
}
export interface DemoNote { contactDate: string; kind: NoteKind; text: string; author: StaffRef; createdAt: string }
export interface DemoTask { text: string; dueDate: string; doneOn: string | null; createdBy: StaffRef; createdAt: string }
export interface DemoClosure {
  reason: DemoClosureReason;
  reasonOther: string;
  details: string;
  transferDetails: string;
  refusalReasons: string;
  clientInvolved: boolean;
  clientAgrees: boolean;
  contactLeft: boolean;
  serviceEvaluation: string;
  requestedFromPhase: DemoPhase;
  requestedBy: StaffRef;
  requestedOn: string;
  status: 'requested' | 'returned' | 'authorised';
  decidedBy: StaffRef | null;
  decidedOn: string | null;
  returnComment: string;
  createdAt: string;
}
export interface DemoWarning { givenOn: string; note: string; createdBy: StaffRef }
/** R12/R21: a Transition Service support given (the Ministry's YLC_SUPPORTS). */
export interface DemoSupport { givenOn: string; supportType: (typeof YLC_SUPPORT_TYPES)[number]; createdBy: StaffRef }

export interface DemoCase {
  targetGroup: DemoGroup;
  entryPoint: EntryPoint;
  entryPointOther: string;
  referrerName: string;
  referrerContact: string;
  intakeDate: string;
  caseManager: StaffRef | null;
  assignedOn: string | null;
  coordinatorAppointedOn: string | null;
  intensity: 'high' | 'moderate' | 'low';
  phase: DemoPhase;
  /** R15: this episode reopens the bundle's previous case. */
  reopensPrevious: boolean;
  closedOn: string | null;
  servesArrestSentence: boolean | null;
  releaseDate: string | null;
  prison: string;
  prisonSocialWorker: string;
  ylcCriterion: 'a' | 'b' | 'c' | 'd' | null;
  unreachableSince: string | null;
  neetSince: string | null;
  createdAt: string;
  updatedAt: string;
  eligibility: DemoEligibility[];
  assessments: DemoAssessment[];
  plans: DemoPlanVersion[];
  reviews: DemoReview[];
  notes: DemoNote[];
  tasks: DemoTask[];
  closures: DemoClosure[];
  warnings: DemoWarning[];
  supports: DemoSupport[];
}

/** One person and their episodes, oldest first (at most one of them open). */
export interface DemoBundle {
  client: DemoClient;
  cases: DemoCase[];
}

export interface DemoOptions {
  /** How many cases (episodes) in all. */
  cases: number;
  seed: number;
  /** YYYY-MM-DD: the day the data is made for; overdue items are overdue on this day. */
  today: string;
  /** Personal codes already in the register, never generated again. */
  avoidCodes?: ReadonlySet<string>;
}

export interface DemoPlan {
  staff: DemoStaff[];
  /** The staff index of the case manager given the largest share of cases (for the Today benchmark). */
  busiestCaseManager: StaffRef;
  /** The bundles, generated lazily so 100k cases need not sit in memory at once. */
  bundles(): Generator<DemoBundle>;
}

const YEAR_DAYS = 365;
const HISTORY_DAYS = 5 * YEAR_DAYS;

/** Staff sizes: enough case managers that a demo caseload is busy but not absurd; scrypt per user keeps it small. */
export function demoStaffSize(cases: number): { supervisors: number; caseManagers: number } {
  return { supervisors: cases >= 20_000 ? 3 : 2, caseManagers: Math.min(25, Math.max(3, Math.ceil(cases / 4000))) };
}

// The open cases spread over the cycle's phases; the closed ones include a few refused at intake.
const OPEN_WEIGHTS = { intake: 6, assessment: 7, planning: 8, implementation: 26, review: 7 } as const;
const CLOSED_WEIGHTS = { closed: 44, notEligible: 2 } as const;
type PhaseChoice = keyof typeof OPEN_WEIGHTS | keyof typeof CLOSED_WEIGHTS;
/**
 * Open cases per case manager on average. A caseload is 5–30 cases by intensity (R17); a demo one is
 * heavier, and the busiest case manager carries about twice the average. Everything beyond the
 * caseloads is history: closed episodes of earlier years, as in a centre that has run for a while.
 */
const AVERAGE_OPEN_CASELOAD = 60;
/** At most this share of a small demo is open, so even a tiny one shows closed cases too. */
const MAX_OPEN_SHARE = 0.55;
const GROUP_WEIGHTS = { PWD: 35, PLP: 25, YLC: 20, OTHER: 20 } as const;
const CLOSURE_REASON_WEIGHTS = { planComplete: 30, concernsResolved: 20, transferred: 10, death: 5, migration: 8, refusal: 17, other: 10 } as const;
const NOTE_KIND_WEIGHTS = { faceToFace: 35, phone: 30, remote: 10, homeVisit: 10, accompanying: 10, other: 5 } as const;

// The first bundles walk through every group and phase so even a tiny demo shows each of them.
const SHOWCASE: readonly PhaseChoice[] = ['implementation', 'planning', 'review', 'closed', 'intake', 'assessment', 'notEligible', 'implementation', 'review', 'closed', 'planning', 'implementation'];

const TOWN_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(L.TOWNS.map((t, i) => [String(i), t.weight]));

/** Showcase features forced on the first bundles, so a small demo has each of them. */
type Extras = { pendingClosure?: boolean; releaseSoon?: boolean; unreachable?: boolean };

function minDate(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}
function maxDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

class Generator_ {
  private readonly rng: Random;
  private readonly codes = new Set<string>();
  readonly staff: DemoStaff[] = [];
  readonly supervisors: StaffRef[] = [];
  readonly caseManagers: StaffRef[] = [];
  private readonly cmWeights: Record<string, number> = {};
  /** The chance that a (non-showcase) bundle's current case is open. */
  private readonly openShare: number;

  constructor(private readonly opts: DemoOptions) {
    this.rng = new Random(opts.seed);
    const size = demoStaffSize(opts.cases);
    this.openShare = Math.min(MAX_OPEN_SHARE, (size.caseManagers * AVERAGE_OPEN_CASELOAD) / opts.cases);
    const used = new Set<string>();
    const person = (): { fullName: string } => {
      for (;;) {
        const sex: Sex = this.rng.chance(0.75) ? 'F' : 'M';
        const n = this.name(sex, true);
        const fullName = `${n.firstName} ${n.lastName}`;
        if (!used.has(fullName)) {
          used.add(fullName);
          return { fullName };
        }
      }
    };
    for (let i = 1; i <= size.supervisors; i++) {
      this.supervisors.push(this.staff.length);
      this.staff.push({ username: `vadovas${i}`, fullName: person().fullName, roles: ['supervisor'] });
    }
    for (let i = 1; i <= size.caseManagers; i++) {
      this.caseManagers.push(this.staff.length);
      this.cmWeights[String(this.staff.length)] = i === 1 ? 2 : 1;
      this.staff.push({ username: `vadybininkas${String(i).padStart(2, '0')}`, fullName: person().fullName, roles: ['case_manager'] });
    }
  }

  get busiest(): StaffRef {
    return this.caseManagers[0]!;
  }

  // ---- small helpers ----------------------------------------------------------------------------

  private ago(days: number): string {
    return addDays(this.opts.today, -days);
  }
  /** `from` plus a few days, never after today. */
  private after(from: string, minDays: number, maxDays: number): string {
    return minDate(addDays(from, this.rng.int(minDays, maxDays)), this.opts.today);
  }
  private stamp(date: string): string {
    const h = this.rng.int(6, 14);
    const m = this.rng.int(0, 59);
    const s = this.rng.int(0, 59);
    return `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.000Z`;
  }
  private cm(): StaffRef {
    return Number(this.rng.weighted(this.cmWeights));
  }
  private supervisor(): StaffRef {
    return this.rng.pick(this.supervisors);
  }
  private phone(): string {
    return `+370 6${this.rng.int(0, 9)}${this.rng.int(0, 9)} ${String(this.rng.int(0, 99999)).padStart(5, '0')}`;
  }

  private name(sex: Sex, adult: boolean): { firstName: string; lastName: string } {
    const s = this.rng.pick(L.SURNAMES);
    if (sex === 'M') return { firstName: this.rng.pick(L.MALE_FIRST_NAMES), lastName: s[0] };
    return { firstName: this.rng.pick(L.FEMALE_FIRST_NAMES), lastName: adult && this.rng.chance(0.55) ? s[1] : s[2] };
  }

  /** A valid asmens kodas for the birth date and sex (R1), unique in this data set and the register. */
  private personalCode(birthDate: string, sex: Sex): string {
    const { year, month, day } = parseDate(birthDate);
    const century = Math.floor(year / 100);
    const g = century === 18 ? (sex === 'M' ? 1 : 2) : century === 19 ? (sex === 'M' ? 3 : 4) : sex === 'M' ? 5 : 6;
    const stem = `${g}${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    for (;;) {
      const first10 = stem + String(this.rng.int(0, 999)).padStart(3, '0');
      const code = first10 + String(personalCodeCheckDigit(first10));
      if (!this.codes.has(code) && !this.opts.avoidCodes?.has(code)) {
        this.codes.add(code);
        return code;
      }
    }
  }

  private address(): string {
    const town = L.TOWNS[Number(this.rng.weighted(TOWN_WEIGHTS))]!;
    const street = this.rng.pick(town.streets);
    const house = this.rng.int(1, 120);
    const flat = this.rng.chance(0.7) ? `-${this.rng.int(1, 90)}` : '';
    const postcode = `LT-${String(town.postcode + this.rng.int(0, 899)).padStart(5, '0')}`;
    return `${street} ${house}${flat}, ${postcode} ${town.name}`;
  }

  // ---- people ----------------------------------------------------------------------------------

  /** A person of the group's age on `intakeDate` (the current episode's), registered on `registeredOn`. */
  private client(group: DemoGroup, intakeDate: string, registeredOn: string, notEligible: boolean, createdBy: StaffRef): DemoClient {
    const [minAge, maxAge] = group === 'YLC' ? (notEligible ? [25, 27] : [16, 24]) : group === 'PLP' ? [19, 62] : group === 'PWD' ? [18, 80] : [18, 85];
    const age = this.rng.int(minAge, maxAge);
    // A birthday somewhere in the year before the age is reached on the intake date.
    const birthDate = addDays(addMonths(intakeDate, -12 * age), -this.rng.int(1, 364));
    const foreign = group !== 'YLC' && this.rng.chance(0.06);
    const noCode = foreign || this.rng.chance(0.02);
    let firstName: string;
    let lastName: string;
    let sex: Sex;
    if (foreign) {
      const p = this.rng.pick(L.FOREIGN_PEOPLE);
      [firstName, lastName, sex] = [p[0], p[1], p[2]];
    } else {
      sex = this.rng.chance(group === 'PLP' ? 0.12 : 0.5) ? 'F' : 'M';
      ({ firstName, lastName } = this.name(sex, age >= 23));
    }
    const email = this.rng.chance(0.4) ? `${foldName(firstName).replace(/\s/g, '')}.${foldName(lastName).replace(/\s/g, '')}${this.rng.int(1, 99)}@example.com` : '';
    const caregiver =
      group === 'PWD' && this.rng.chance(0.3)
        ? `${this.rng.pick(['Motina', 'Sesuo', 'Globėja', 'Rūpintojas'])} ${this.name(this.rng.chance(0.8) ? 'F' : 'M', true).firstName} ${lastName}, ${this.phone()}`
        : '';
    const createdAt = this.stamp(registeredOn);
    return {
      firstName,
      lastName,
      nameFolded: foldName(`${firstName} ${lastName}`),
      personalCode: noCode ? null : this.personalCode(birthDate, sex),
      birthDate,
      sex,
      address: this.rng.chance(0.94) ? this.address() : '',
      phone: this.rng.chance(0.9) ? this.phone() : '',
      email,
      languages: foreign ? this.rng.pick(L.FOREIGN_LANGUAGE_SETS) : this.rng.pick(L.LANGUAGE_SETS),
      familySituation: this.rng.pick(L.FAMILY_SITUATIONS),
      caregiver,
      vulnerabilityNotes: this.rng.pick(L.VULNERABILITY_NOTES),
      createdBy,
      createdAt,
      updatedAt: createdAt,
    };
  }

  // ---- one episode -----------------------------------------------------------------------------

  /** How long ago an episode in this phase began (days before today). */
  private intakeAge(choice: PhaseChoice): number {
    const r = this.rng;
    switch (choice) {
      case 'intake':
        return r.chance(0.85) ? r.int(0, 20) : r.int(21, 60);
      case 'assessment':
        return r.int(7, 60);
      case 'planning':
        return r.int(20, 130);
      case 'implementation':
      case 'review':
        return 45 + Math.floor(1400 * r.float() ** 2);
      case 'closed':
        return 60 + Math.floor((HISTORY_DAYS - 60) * r.float() ** 1.5);
      case 'notEligible':
        return r.int(3, 900);
    }
  }

  private domains(group: DemoGroup): DemoDomain[] {
    const r = this.rng;
    return DEMO_ASSESSMENT_DOMAINS.map((domain) => {
      const likely = (domain === 'legal' && group === 'PLP') || (domain === 'housing' && group !== 'PWD') || (domain === 'health' && group === 'PWD') || (domain === 'education' && group === 'YLC');
      const needLevel = r.weighted(likely ? { none: 1, low: 2, medium: 4, high: 4 } : { none: 6, low: 3, medium: 2, high: 1 });
      const risk = needLevel === 'high' ? r.chance(0.5) : needLevel === 'medium' ? r.chance(0.15) : false;
      return { domain, needLevel, risk, notes: needLevel === 'none' ? '' : r.pick(L.DOMAIN_NOTES[domain] ?? ['']) };
    });
  }

  private assessment(on: string, by: StaffRef, group: DemoGroup): DemoAssessment {
    return { assessedOn: on, assessedBy: by, aspirations: this.rng.pick(L.ASPIRATIONS), summary: this.rng.pick(L.ASSESSMENT_SUMMARIES), createdAt: this.stamp(on), domains: this.domains(group) };
  }

  /** Goals and steps; steps of a signed plan get due dates after the signing and statuses by today. */
  private goals(from: string, signed: boolean): DemoGoal[] {
    const r = this.rng;
    const today = this.opts.today;
    return r.sample(L.GOALS, r.int(1, 3)).map((g) => ({
      text: g.goal,
      steps: r.sample(g.steps, r.int(1, Math.min(3, g.steps.length))).map((text) => {
        const dueDate = r.chance(0.9) ? addDays(from, r.int(10, 160)) : null;
        let status: DemoStep['status'] = 'open';
        let doneOn: string | null = null;
        if (signed && dueDate && compareDates(dueDate, addDays(today, -10)) < 0) {
          status = r.weighted({ done: 65, open: 30, cancelled: 5 });
          if (status === 'done') doneOn = maxDate(from, minDate(addDays(dueDate, r.int(-20, 10)), today));
        }
        return { text, who: r.pick(L.STEP_WHO), dueDate, status, doneOn };
      }),
    }));
  }

  private planVersion(version: number, draftedOn: string, signedOn: string | null, manager: StaffRef): DemoPlanVersion {
    const r = this.rng;
    const createdAt = this.stamp(draftedOn);
    const clientSigned = signedOn && r.chance(0.3) ? minDate(addDays(signedOn, -r.int(0, 2)), signedOn) : signedOn;
    return {
      version,
      status: signedOn ? 'signed' : 'draft',
      assessmentSummary: r.pick(L.ASSESSMENT_SUMMARIES),
      services: r.pick(L.PLAN_SERVICES),
      clientCommitments: r.pick(L.CLIENT_COMMITMENTS),
      centreCommitments: r.pick(L.CENTRE_COMMITMENTS),
      rightsText: L.RIGHTS_TEXT,
      signedByClientOn: clientSigned ? maxDate(clientSigned, draftedOn) : null,
      signedByManagerOn: signedOn,
      signedManager: signedOn ? manager : null,
      createdAt,
      updatedAt: signedOn ? this.stamp(signedOn) : createdAt,
      goals: this.goals(signedOn ?? draftedOn, signedOn !== null),
    };
  }

  private closure(reason: DemoClosureReason, fromPhase: DemoPhase, by: StaffRef, on: string, status: DemoClosure['status'], decidedOn: string | null): DemoClosure {
    const r = this.rng;
    return {
      reason,
      reasonOther: reason === 'other' ? r.pick(L.REASON_OTHER_TEXTS) : '',
      details: r.pick(L.CLOSURE_DETAILS),
      transferDetails: reason === 'transferred' ? r.pick(L.TRANSFER_DETAILS) : '',
      refusalReasons: reason === 'refusal' ? r.pick(L.REFUSAL_REASONS) : '',
      clientInvolved: reason === 'death' ? false : r.chance(0.85),
      clientAgrees: reason === 'death' ? false : r.chance(0.75),
      contactLeft: reason === 'death' || reason === 'migration' ? false : r.chance(0.7),
      serviceEvaluation: r.pick(L.SERVICE_EVALUATIONS),
      requestedFromPhase: fromPhase,
      requestedBy: by,
      requestedOn: on,
      status,
      decidedBy: status === 'requested' ? null : this.supervisor(),
      decidedOn: status === 'requested' ? null : decidedOn,
      returnComment: status === 'returned' ? r.pick(L.RETURN_COMMENTS) : '',
      createdAt: this.stamp(on),
    };
  }

  private notes(c: DemoCase, from: string, until: string, author: StaffRef): void {
    const r = this.rng;
    const span = Math.max(0, daysBetween(from, until));
    const n = Math.min(12, Math.floor(span / r.int(40, 80)) + (r.chance(0.7) ? 1 : 0));
    for (let i = 0; i < n; i++) {
      const contactDate = addDays(from, r.int(0, span));
      const kind = r.weighted(NOTE_KIND_WEIGHTS);
      c.notes.push({ contactDate, kind, text: r.pick(L.NOTE_TEXTS[kind] ?? ['']), author, createdAt: this.stamp(contactDate) });
    }
    c.notes.sort((a, b) => compareDates(a.contactDate, b.contactDate));
  }

  /** Tasks between `from` and `until`; an open case's are due around today, some overdue, a closed one's all done. */
  private tasks(c: DemoCase, from: string, until: string, open: boolean, by: StaffRef): void {
    const r = this.rng;
    const today = this.opts.today;
    const n = open ? r.int(0, 3) : r.int(0, 2);
    for (let i = 0; i < n; i++) {
      const created = open ? maxDate(from, addDays(today, -r.int(0, 40))) : minDate(addDays(from, r.int(0, 60)), until);
      const dueDate = open ? maxDate(created, addDays(today, r.int(-20, 30))) : addDays(created, r.int(3, 30));
      let doneOn: string | null = null;
      if (!open) doneOn = minDate(dueDate, until);
      else if (compareDates(dueDate, today) < 0 && r.chance(0.4)) doneOn = maxDate(created, addDays(dueDate, -r.int(0, 3)));
      c.tasks.push({ text: r.pick(L.TASK_TEXTS), dueDate, doneOn, createdBy: by, createdAt: this.stamp(created) });
    }
  }

  private referrer(entryPoint: EntryPoint): { name: string; contact: string } {
    const orgs = L.REFERRER_ORGANISATIONS[entryPoint] ?? [];
    if (orgs.length === 0) return { name: '', contact: '' };
    const person = this.name(this.rng.chance(0.7) ? 'F' : 'M', true);
    return { name: `${this.rng.pick(orgs)}, ${person.firstName} ${person.lastName}`, contact: this.rng.chance(0.5) ? this.phone() : `${foldName(person.firstName)}@example.com` };
  }

  private entryPoint(group: DemoGroup): EntryPoint {
    // Mostly the group's own routes in; sometimes one of the common ones (no wrong door).
    const own: readonly EntryPoint[] = GROUP_ENTRY_POINTS[group];
    return own.length && this.rng.chance(0.75) ? this.rng.pick(own) : this.rng.pick(COMMON_ENTRY_POINTS);
  }

  /** A whole episode, consistent in time: every event follows the one before and none is after today. */
  private episode(group: DemoGroup, choice: PhaseChoice, intakeDate: string, clientBirth: string, previous: boolean, extras: Extras = {}): DemoCase {
    const r = this.rng;
    const today = this.opts.today;
    const entryPoint = group === 'PLP' && choice !== 'notEligible' && (extras.releaseSoon || r.chance(0.7)) ? 'prisonSocialWorker' : this.entryPoint(group);
    const ref = this.referrer(entryPoint);
    const unassigned = choice === 'intake' && r.chance(0.45);
    const manager = unassigned ? null : this.cm();
    const assignedOn = manager === null ? null : this.after(intakeDate, 0, choice === 'intake' ? 3 : 7);
    const c: DemoCase = {
      targetGroup: group,
      entryPoint,
      entryPointOther: entryPoint === 'other' ? r.pick(L.ENTRY_OTHER_TEXTS) : '',
      referrerName: ref.name,
      referrerContact: ref.contact,
      intakeDate,
      caseManager: manager,
      assignedOn,
      coordinatorAppointedOn: group === 'YLC' ? assignedOn : null,
      intensity: r.weighted({ high: 20, moderate: 50, low: 30 }),
      phase: choice === 'notEligible' ? 'closed' : choice,
      reopensPrevious: previous,
      closedOn: null,
      servesArrestSentence: null,
      releaseDate: null,
      prison: '',
      prisonSocialWorker: '',
      ylcCriterion: null,
      unreachableSince: null,
      neetSince: null,
      createdAt: this.stamp(intakeDate),
      updatedAt: '',
      eligibility: [],
      assessments: [],
      plans: [],
      reviews: [],
      notes: [],
      tasks: [],
      closures: [],
      warnings: [],
      supports: [],
    };
    let last = intakeDate;
    const worker = manager ?? this.supervisor();

    // PLP (R11): the prison social worker refers ahead of release; an NGO meets people at release.
    if (group === 'PLP') {
      c.prison = r.pick(L.PRISONS);
      const sw = this.name(r.chance(0.8) ? 'F' : 'M', true);
      c.prisonSocialWorker = `${sw.firstName} ${sw.lastName}, ${this.phone()}`;
      c.releaseDate = entryPoint === 'prisonSocialWorker' ? addDays(intakeDate, r.int(40, 420)) : addDays(intakeDate, -r.int(0, 25));
    }
    // YLC (R3): the criterion fits the age on the intake date.
    const ageAtIntake = Math.floor(daysBetween(clientBirth, intakeDate) / 365.25);
    if (group === 'YLC') c.ylcCriterion = ageAtIntake >= 18 ? r.pick(['a', 'b', 'c', 'd'] as const) : r.pick(['a', 'b', 'c'] as const);

    if (choice === 'intake') {
      if (group === 'YLC') c.ylcCriterion = null;
      c.updatedAt = this.stamp(assignedOn ?? intakeDate);
      if (manager !== null && r.chance(0.5)) this.notes(c, intakeDate, today, manager);
      this.tasks(c, intakeDate, today, true, worker);
      return c;
    }

    // The eligibility decision (R2, R3).
    const decidedOn = this.after(assignedOn ?? intakeDate, 0, 7);
    last = decidedOn;
    if (choice === 'notEligible') {
      const reason = group === 'PLP' ? 'arrestSentence' : group === 'YLC' ? 'over24' : 'Asmuo gauna ilgalaikę socialinę globą; atvejo vadyba netaikoma.';
      if (group === 'PLP') c.servesArrestSentence = true;
      c.eligibility.push({ decidedOn, decidedBy: worker, eligible: false, criterion: group === 'YLC' ? c.ylcCriterion : null, reason, createdAt: this.stamp(decidedOn) });
      c.closedOn = decidedOn;
      c.updatedAt = this.stamp(decidedOn);
      return c;
    }
    if (group === 'PLP') c.servesArrestSentence = false;
    c.eligibility.push({ decidedOn, decidedBy: worker, eligible: true, criterion: group === 'YLC' ? c.ylcCriterion : null, reason: r.pick(L.ELIGIBILITY_REASONS), createdAt: this.stamp(decidedOn) });

    // The end of this episode's story: today for an open case, the closure for a closed one.
    const closing = choice === 'closed';
    const storyEnd = closing ? minDate(addDays(intakeDate, r.int(40, 900)), addDays(today, -1)) : today;
    // A closed episode may end at any stage (refusal, migration, death can come early).
    const reach: DemoPhase = closing ? r.weighted({ assessment: 8, planning: 7, implementation: 35, review: 50 }) : choice;

    // Assessment (R4).
    if (reach === 'assessment') {
      if (!closing && r.chance(0.5)) {
        c.assessments.push(this.assessment(this.after(decidedOn, 1, 20), manager!, group));
        last = c.assessments[0]!.assessedOn;
      }
    } else {
      const assessedOn = this.after(decidedOn, 2, 25);
      c.assessments.push(this.assessment(minDate(assessedOn, storyEnd), manager!, group));
      last = c.assessments[0]!.assessedOn;
    }

    // Planning (R5–R7): a draft, or nothing yet (so some plans are overdue).
    if (reach === 'planning') {
      if (r.chance(0.6)) {
        const drafted = minDate(this.after(last, 2, 20), storyEnd);
        c.plans.push(this.planVersion(1, drafted, null, manager!));
        last = drafted;
      }
    } else if (reach === 'implementation' || reach === 'review') {
      // Signed within about a month of assignment; some late ones.
      const drafted = minDate(this.after(last, 2, 15), storyEnd);
      const signed = minDate(this.after(drafted, 1, r.chance(0.85) ? 14 : 50), storyEnd);
      c.plans.push(this.planVersion(1, drafted, signed, manager!));
      last = signed;
      // Reviews every five to seven months (R10); some cases let the next one slip (overdue).
      let lastReviewed = signed;
      const slips = r.chance(0.18);
      for (;;) {
        const next = addDays(lastReviewed, r.int(150, 200));
        if (compareDates(next, storyEnd) >= 0) break;
        if (slips && compareDates(addMonths(next, 6), storyEnd) > 0 && !closing) break;
        const planIndex = c.plans.length - 1;
        const plan = c.plans[planIndex]!;
        const newPlan = r.chance(0.2) && compareDates(addDays(next, 30), storyEnd) < 0;
        c.reviews.push({
          planIndex,
          reviewedOn: next,
          reviewer: manager!,
          supportLevel: r.weighted({ faceToFace: 60, remote: 15, phone: 25 }),
          stillNeeded: true,
          outcome: newPlan ? 'newPlan' : 'continue',
          notes: r.pick(L.REVIEW_NOTES),
          createdAt: this.stamp(next),
          goals: plan.goals.map((_, goalIndex) => ({ goalIndex, progress: r.weighted({ achieved: 25, progressing: 50, notStarted: 15, dropped: 10 }), note: '' })),
        });
        lastReviewed = next;
        last = next;
        if (newPlan) {
          const drafted2 = this.after(next, 0, 5);
          const signed2 = this.after(drafted2, 2, 20);
          c.plans.push(this.planVersion(c.plans.length + 1, drafted2, signed2, manager!));
          lastReviewed = signed2;
          last = signed2;
        }
      }
      // A change after signing makes a new draft (R6) that waits for signatures.
      if (!closing && r.chance(0.1)) {
        const drafted = this.after(last, 1, 30);
        c.plans.push(this.planVersion(c.plans.length + 1, drafted, null, manager!));
        last = drafted;
      }
    }

    // Notes, tasks, PLP visits before release, YLC grounds (R11, R12).
    this.notes(c, assignedOn ?? intakeDate, storyEnd, manager!);
    if (group === 'PLP' && c.releaseDate && entryPoint === 'prisonSocialWorker' && r.chance(0.6)) {
      const visit = addDays(c.releaseDate, -r.int(5, 40));
      if (compareDates(visit, intakeDate) >= 0 && compareDates(visit, storyEnd) <= 0) {
        c.notes.push({ contactDate: visit, kind: 'preReleaseVisit', text: r.pick(L.NOTE_TEXTS.preReleaseVisit!), author: manager!, createdAt: this.stamp(visit) });
      }
    }
    this.tasks(c, assignedOn ?? intakeDate, storyEnd, !closing, manager!);
    if (group === 'YLC' && (reach === 'implementation' || reach === 'review')) {
      if (extras.unreachable) c.unreachableSince = this.ago(r.int(35, 60));
      else if (!closing && r.chance(0.14)) c.unreachableSince = maxDate(addDays(last, 1), this.ago(r.int(5, 90)));
      if (r.chance(0.15)) c.neetSince = maxDate(intakeDate, addDays(storyEnd, -r.int(10, 150)));
      if (r.chance(0.12)) {
        const n = r.int(1, 2);
        for (let i = 0; i < n; i++) {
          const givenOn = maxDate(intakeDate, addDays(storyEnd, -r.int(5, 180)));
          c.warnings.push({ givenOn, note: r.pick(L.WARNING_NOTES), createdBy: manager! });
        }
        c.warnings.sort((a, b) => compareDates(a.givenOn, b.givenOn));
      }
      // Most young people in the Transition Service get a few kinds of support along the way.
      const supportCount = r.int(0, 4);
      for (let i = 0; i < supportCount; i++) {
        const givenOn = maxDate(intakeDate, addDays(storyEnd, -r.int(0, 200)));
        c.supports.push({ givenOn, supportType: r.pick(YLC_SUPPORT_TYPES), createdBy: manager! });
      }
      c.supports.sort((a, b) => compareDates(a.givenOn, b.givenOn));
      if (c.unreachableSince && compareDates(c.unreachableSince, today) > 0) c.unreachableSince = today;
    }

    // Closure (R14): requested by the case manager, sometimes returned first, authorised by a supervisor.
    if (closing) {
      const reason = r.weighted(CLOSURE_REASON_WEIGHTS);
      const requestedOn = maxDate(last, storyEnd);
      if (r.chance(0.12)) {
        const firstAsk = maxDate(last, addDays(requestedOn, -r.int(5, 30)));
        c.closures.push(this.closure(reason, reach, manager!, firstAsk, 'returned', minDate(this.after(firstAsk, 0, 3), requestedOn)));
      }
      const decided = this.after(requestedOn, 0, 7);
      c.closures.push(this.closure(reason, reach, manager!, requestedOn, 'authorised', decided));
      c.closedOn = decided;
      c.unreachableSince = null;
      last = decided;
    } else if ((reach === 'implementation' || reach === 'review') && (extras.pendingClosure || r.chance(0.06))) {
      // Open cases with a request waiting for a supervisor, and a few returned ones.
      const requestedOn = maxDate(last, this.ago(r.int(0, 20)));
      c.closures.push(this.closure(r.weighted(CLOSURE_REASON_WEIGHTS), reach, manager!, requestedOn, 'requested', null));
      last = requestedOn;
    } else if ((reach === 'implementation' || reach === 'review') && r.chance(0.02)) {
      const requestedOn = maxDate(last, this.ago(r.int(10, 60)));
      c.closures.push(this.closure(r.weighted(CLOSURE_REASON_WEIGHTS), reach, manager!, requestedOn, 'returned', this.after(requestedOn, 0, 5)));
    }

    const latest = [last, ...c.notes.map((n) => n.contactDate)].reduce(maxDate);
    c.updatedAt = this.stamp(minDate(latest, today));
    return c;
  }

  /** PLP releases coming up (R11/R13): pull some open prison referrals into the next three months. */
  private adjustRelease(c: DemoCase, force = false): void {
    if (c.targetGroup !== 'PLP' || c.phase === 'closed' || c.entryPoint !== 'prisonSocialWorker' || !(force || this.rng.chance(0.35))) return;
    const soon = addDays(this.opts.today, this.rng.int(1, daysBetween(this.opts.today, addMonths(this.opts.today, RELEASE_SOON_MONTHS))));
    if (compareDates(soon, c.intakeDate) > 0) c.releaseDate = soon;
  }

  // ---- bundles ---------------------------------------------------------------------------------

  *bundles(): Generator<DemoBundle> {
    const r = this.rng;
    const today = this.opts.today;
    let made = 0;
    let next = 0;
    while (made < this.opts.cases) {
      const index = next++;
      const group: DemoGroup = index < SHOWCASE.length ? DEMO_TARGET_GROUPS[index % 4]! : r.weighted(GROUP_WEIGHTS);
      const choice: PhaseChoice = index < SHOWCASE.length ? SHOWCASE[index]! : r.chance(this.openShare) ? r.weighted(OPEN_WEIGHTS) : r.weighted(CLOSED_WEIGHTS);
      const left = this.opts.cases - made;
      // Some people come back (R15): one or two earlier closed episodes before the current one.
      // Showcase bundle 3 (OTHER, closed) and 7 (OTHER, implementation) are returns.
      const earlier = left > 1 && choice !== 'notEligible' && (index === 3 || index === 7 || r.chance(0.08)) ? (left > 2 && r.chance(0.2) ? 2 : 1) : 0;

      let intakeDate = this.ago(this.intakeAge(choice));
      const notEligible = choice === 'notEligible';
      const intakeWorker = this.rng.chance(0.8) ? this.cm() : this.supervisor();
      // Ages are taken on the current episode's intake (R3: a YLC client is 16–24 then); an earlier
      // episode begins no sooner than the person's 16th (YLC) or 18th birthday.
      const ageFrom = r.int(200, 700) * earlier;
      const client = this.client(group, intakeDate, intakeDate, notEligible, intakeWorker);
      const grownUp = addDays(addMonths(client.birthDate!, 12 * (group === 'YLC' ? 16 : 18)), 1);
      const firstIntake = earlier ? maxDate(addDays(intakeDate, -ageFrom), grownUp) : intakeDate;
      if (earlier) client.createdAt = client.updatedAt = this.stamp(minDate(firstIntake, intakeDate));
      const cases: DemoCase[] = [];
      let from = firstIntake;
      for (let i = 0; i < earlier; i++) {
        const prev = this.episode(group, 'closed', from, client.birthDate!, i > 0);
        // An earlier episode must end before the next one starts; squeeze its story if needed.
        if (compareDates(prev.closedOn!, intakeDate) >= 0) break;
        cases.push(prev);
        from = addDays(prev.closedOn!, r.int(20, 200));
        if (compareDates(from, intakeDate) > 0) break;
      }
      if (cases.length) intakeDate = maxDate(intakeDate, addDays(cases[cases.length - 1]!.closedOn!, 1));
      if (compareDates(intakeDate, today) > 0) intakeDate = today;
      // Showcase bundle 0 (PWD, implementation), 1 (PLP, planning), 2 (YLC, review).
      const extras: Extras = { pendingClosure: index === 0, releaseSoon: index === 1, unreachable: index === 2 };
      const current = this.episode(group, choice, intakeDate, client.birthDate!, cases.length > 0, extras);
      this.adjustRelease(current, extras.releaseSoon);
      cases.push(current);
      client.updatedAt = client.createdAt;
      made += cases.length;
      yield { client, cases };
    }
  }
}

/** Staff and a lazy stream of people with their cases; iterate bundles() once per plan. */
export function planDemo(opts: DemoOptions): DemoPlan {
  if (!Number.isInteger(opts.cases) || opts.cases < 1) throw new RangeError('cases must be a positive whole number');
  parseDate(opts.today);
  const g = new Generator_(opts);
  let used = false;
  return {
    staff: g.staff,
    busiestCaseManager: g.busiest,
    bundles: () => {
      if (used) throw new Error('planDemo: bundles() can be iterated once; make a new plan for another pass');
      used = true;
      return g.bundles();
    },
  };
}

/** The year part of a date, for case numbers (CENTRE-YYYY-NNNNN). */
export function yearOf(date: string): string {
  return formatYmd(parseDate(date)).slice(0, 4);
}
