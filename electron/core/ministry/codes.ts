// The code lists and indicator table of the Ministry's quarterly package, format 1.0
// (shared/MINISTRY-PACKAGE.md). Order here is presentation order; the CSV sorts on its own.

export const FORMAT_VERSION = '1.0';
export const STRUCTURE_ID = 'MSSL:CASE_MANAGEMENT(1.0)';

export const CSV_COLUMNS = [
  'STRUCTURE',
  'STRUCTURE_ID',
  'ACTION',
  'REF_AREA',
  'TIME_PERIOD',
  'INDICATOR',
  'TARGET_GROUP',
  'BREAKDOWN',
  'BREAKDOWN_VALUE',
  'OBS_VALUE',
  'UNIT_MEASURE',
  'CONF_STATUS',
] as const;

export const PACKAGE_GROUPS = ['PWD', 'PLP', 'YLC', 'OTHER'] as const;
export type PackageGroup = (typeof PACKAGE_GROUPS)[number];
export const TOTAL = '_T';
export type GroupCode = PackageGroup | typeof TOTAL;
export const GROUP_CODES: readonly GroupCode[] = [...PACKAGE_GROUPS, TOTAL];

/** "Not applicable": the breakdown and value of a row without breakdown. */
export const NO_BREAKDOWN = '_Z';

export const CODE_LISTS = {
  SEX: ['M', 'F', '_U'],
  AGE_BAND: ['Y_LT18', 'Y18-24', 'Y25-34', 'Y35-49', 'Y50-64', 'Y_GE65', '_U'],
  ENTRY_POINT: [
    'DISABILITY_AGENCY',
    'GROUP_HOME_SW',
    'NGO',
    'SUBDISTRICT_SW',
    'MENTAL_HEALTH_CENTRE',
    'PRISON_SOCIAL_WORKER',
    'YLC_APPLICATION',
    'SELF',
    'PES',
    'HEALTH_CARE',
    'OTHER',
  ],
  CLOSURE_REASON: ['PLAN_COMPLETE', 'CONCERNS_RESOLVED', 'TRANSFERRED', 'DEATH', 'MIGRATION', 'REFUSAL_ABSENCE', 'OTHER'],
  INTENSITY: ['HIGH', 'MODERATE', 'LOW'],
  SECTOR: ['SOCIAL', 'HEALTH', 'EDUCATION', 'EMPLOYMENT', 'NGO', 'OTHER'],
  RESULT: ['ELIGIBLE', 'NOT_ELIGIBLE'],
  SUPPORT_TYPE: ['PROVIDER_INTERACTION', 'DAILY_LIVING_SKILLS', 'SOCIAL_SKILLS', 'WORK_SKILLS', 'PSYCHOLOGICAL', 'INFO_MEDIATION_REPRESENTATION'],
} as const satisfies Record<string, readonly string[]>;

export type Breakdown = keyof typeof CODE_LISTS;
export type CodeOf<B extends Breakdown> = (typeof CODE_LISTS)[B][number];

export const UNITS = ['CASES', 'PERSONS', 'REFERRALS', 'REVIEWS', 'PLANS', 'STAFF', 'CASES_PER_STAFF'] as const;
export type Unit = (typeof UNITS)[number];

export interface IndicatorDef {
  readonly unit: Unit;
  readonly breakdowns: readonly Breakdown[];
  /** Small-number protection applies (every count except staff counts and averages). */
  readonly protected: boolean;
  /** Averages are written with one decimal place. */
  readonly decimal: boolean;
}

const count = (unit: Unit, breakdowns: readonly Breakdown[] = []): IndicatorDef => ({ unit, breakdowns, protected: true, decimal: false });

export const INDICATORS = {
  CASES_OPEN_START: count('CASES'),
  CASES_OPENED: count('CASES', ['ENTRY_POINT', 'SEX', 'AGE_BAND']),
  CASES_REOPENED: count('CASES'),
  CASES_CLOSED: count('CASES', ['CLOSURE_REASON']),
  CASES_OPEN_END: count('CASES', ['INTENSITY']),
  PERSONS_SERVED: count('PERSONS', ['SEX', 'AGE_BAND']),
  IAP_DUE: count('PLANS'),
  IAP_ON_TIME: count('PLANS'),
  REVIEWS_DUE: count('REVIEWS'),
  REVIEWS_ON_TIME: count('REVIEWS'),
  REVIEWS_OVERDUE_END: count('CASES'),
  REFERRALS_MADE: count('REFERRALS', ['SECTOR']),
  REFERRALS_COMPLETED: count('REFERRALS', ['SECTOR']),
  REFERRALS_DECLINED: count('REFERRALS', ['SECTOR']),
  PLP_RELEASES: count('CASES'),
  PLP_CM_BEFORE_RELEASE: count('CASES'),
  PLP_STARTED_12M: count('CASES'),
  PLP_VISIT_BEFORE_RELEASE: count('CASES'),
  YLC_ELIGIBILITY_DECISIONS: count('CASES', ['RESULT']),
  YLC_SUPPORTS: count('CASES', ['SUPPORT_TYPE']),
  STAFF_ACTIVE: { unit: 'STAFF', breakdowns: [], protected: false, decimal: false },
  CASELOAD_MEAN: { unit: 'CASES_PER_STAFF', breakdowns: [], protected: false, decimal: true },
  CASELOAD_MAX: { unit: 'CASES_PER_STAFF', breakdowns: [], protected: false, decimal: true },
} as const satisfies Record<string, IndicatorDef>;

export type Indicator = keyof typeof INDICATORS;
export const INDICATOR_CODES = Object.keys(INDICATORS) as Indicator[];

/** "Of those" pairs the validator checks: the part never exceeds the whole. */
export const SUBSET_OF: Readonly<Partial<Record<Indicator, Indicator>>> = {
  CASES_REOPENED: 'CASES_OPENED',
  IAP_ON_TIME: 'IAP_DUE',
  REVIEWS_ON_TIME: 'REVIEWS_DUE',
  PLP_CM_BEFORE_RELEASE: 'PLP_RELEASES',
  PLP_STARTED_12M: 'PLP_RELEASES',
  PLP_VISIT_BEFORE_RELEASE: 'PLP_RELEASES',
};

/** The program's entry points (electron/core/entry-points.ts) in the Ministry's list. */
export const ENTRY_POINT_CODES: Readonly<Record<string, CodeOf<'ENTRY_POINT'>>> = {
  disabilityAgency: 'DISABILITY_AGENCY',
  groupHome: 'GROUP_HOME_SW',
  ngo: 'NGO',
  ngoAtRelease: 'NGO',
  subdistrictSocialWorker: 'SUBDISTRICT_SW',
  mentalHealthCentre: 'MENTAL_HEALTH_CENTRE',
  prisonSocialWorker: 'PRISON_SOCIAL_WORKER',
  selfApplication: 'YLC_APPLICATION',
  socialWorkerOnBehalf: 'YLC_APPLICATION',
  selfReferral: 'SELF',
  pes: 'PES',
  healthCare: 'HEALTH_CARE',
  other: 'OTHER',
};

/** The program's closure reasons (R14) in the Ministry's list. */
export const CLOSURE_REASON_CODES: Readonly<Record<string, CodeOf<'CLOSURE_REASON'>>> = {
  planComplete: 'PLAN_COMPLETE',
  concernsResolved: 'CONCERNS_RESOLVED',
  transferred: 'TRANSFERRED',
  death: 'DEATH',
  migration: 'MIGRATION',
  refusal: 'REFUSAL_ABSENCE',
  other: 'OTHER',
};
