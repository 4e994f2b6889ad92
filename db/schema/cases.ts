import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  ASSESSMENT_DOMAINS,
  CLOSURE_REASONS,
  GOAL_PROGRESS,
  INTENSITIES,
  NEED_LEVELS,
  NOTE_KINDS,
  PHASES,
  REVIEW_OUTCOMES,
  STEP_STATUSES,
  SUPPORT_LEVELS,
  TARGET_GROUPS,
} from '../../electron/core/case-enums';
import { users } from './index';

export { ASSESSMENT_DOMAINS, CLOSURE_REASONS, GOAL_PROGRESS, INTENSITIES, NEED_LEVELS, NOTE_KINDS, PHASES, REVIEW_OUTCOMES, STEP_STATUSES, SUPPORT_LEVELS, TARGET_GROUPS };

// The case-management cycle (DOMAIN.md R1–R15). Dates are YYYY-MM-DD text, times ISO-8601 UTC text.


/** A person, registered once (R1). Edit history lives in the audit log (entity 'client'). */
export const clients = sqliteTable(
  'clients',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** first and last name folded (lower case, no diacritics) for search and duplicate checks. */
    nameFolded: text('name_folded').notNull(),
    personalCode: text('personal_code'),
    birthDate: text('birth_date'),
    sex: text('sex', { enum: ['F', 'M'] }),
    address: text('address').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    languages: text('languages').notNull().default(''),
    familySituation: text('family_situation').notNull().default(''),
    caregiver: text('caregiver').notNull().default(''),
    vulnerabilityNotes: text('vulnerability_notes').notNull().default(''),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('clients_personal_code_uq').on(t.personalCode),
    index('clients_name_folded_idx').on(t.nameFolded),
    index('clients_birth_date_idx').on(t.birthDate),
    // Browsing the client list in name order without sorting every client.
    index('clients_name_order_idx').on(t.lastName, t.firstName, t.id),
    // A case manager's own clients include those they registered who have no case yet.
    index('clients_created_by_idx').on(t.createdBy),
  ],
);

/** An episode of case management for a client; one open case per client at a time. */
export const cases = sqliteTable(
  'cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseNumber: text('case_number').notNull(),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    targetGroup: text('target_group', { enum: TARGET_GROUPS }).notNull(),
    entryPoint: text('entry_point').notNull(),
    entryPointOther: text('entry_point_other').notNull().default(''),
    referrerName: text('referrer_name').notNull().default(''),
    referrerContact: text('referrer_contact').notNull().default(''),
    intakeDate: text('intake_date').notNull(),
    caseManagerId: integer('case_manager_id').references(() => users.id, { onDelete: 'restrict' }),
    assignedOn: text('assigned_on'),
    /** YLC: the Transition Service coordinator's appointment starts the ILP clock (R7). */
    coordinatorAppointedOn: text('coordinator_appointed_on'),
    intensity: text('intensity', { enum: INTENSITIES }).notNull().default('moderate'),
    phase: text('phase', { enum: PHASES }).notNull().default('intake'),
    /** R15: a reopened case points at the episode before it. */
    previousCaseId: integer('previous_case_id').references((): AnySQLiteColumn => cases.id, { onDelete: 'restrict' }),
    closedOn: text('closed_on'),
    // PLP (R2, R11)
    servesArrestSentence: integer('serves_arrest_sentence', { mode: 'boolean' }),
    releaseDate: text('release_date'),
    prison: text('prison').notNull().default(''),
    prisonSocialWorker: text('prison_social_worker').notNull().default(''),
    // YLC (R3, R12)
    ylcCriterion: text('ylc_criterion', { enum: ['a', 'b', 'c', 'd'] }),
    unreachableSince: text('unreachable_since'),
    neetSince: text('neet_since'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('cases_case_number_uq').on(t.caseNumber),
    index('cases_client_idx').on(t.clientId),
    // A case manager's own clients, for intersecting with a search.
    index('cases_manager_client_idx').on(t.caseManagerId, t.clientId),
    index('cases_manager_phase_idx').on(t.caseManagerId, t.phase),
    index('cases_phase_idx').on(t.phase, t.intakeDate),
    // Covers the quarterly package's read of every case in a quarter (R21) without touching the wide rows.
    index('cases_quarter_cover_idx').on(
      t.intakeDate,
      t.closedOn,
      t.releaseDate,
      t.id,
      t.clientId,
      t.targetGroup,
      t.entryPoint,
      t.intensity,
      t.previousCaseId,
      t.caseManagerId,
      t.assignedOn,
      t.coordinatorAppointedOn,
    ),
    // The case list's orders and filters at 100k cases (newest intake first; per manager; per group).
    index('cases_intake_idx').on(t.intakeDate, t.id),
    index('cases_manager_intake_idx').on(t.caseManagerId, t.intakeDate),
    index('cases_group_intake_idx').on(t.targetGroup, t.intakeDate),
    // One open case per client: enforced by the database, not only by the service.
    uniqueIndex('cases_one_open_per_client_uq').on(t.clientId).where(sql`phase <> 'closed'`),
  ],
);

/** R2/R3: who decided eligibility, when, on which criterion. */
export const eligibilityDecisions = sqliteTable(
  'eligibility_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    decidedOn: text('decided_on').notNull(),
    decidedBy: integer('decided_by')
      .notNull()
      .references(() => users.id),
    eligible: integer('eligible', { mode: 'boolean' }).notNull(),
    criterion: text('criterion'),
    reason: text('reason').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    // A case's decisions, and the reports' decisions of a period holding what they count: one case
    // manager's through their cases (without it those rows were read from the table), the centre's
    // as a range on the date.
    index('eligibility_case_decided_idx').on(t.caseId, t.decidedOn, t.eligible, t.reason),
    index('eligibility_decided_idx').on(t.decidedOn, t.eligible, t.caseId, t.reason),
  ],
);

/** R4: a dated assessment; reassessment adds a new one, the old stays. */
export const assessments = sqliteTable(
  'assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    assessedOn: text('assessed_on').notNull(),
    assessedBy: integer('assessed_by')
      .notNull()
      .references(() => users.id),
    aspirations: text('aspirations').notNull().default(''),
    summary: text('summary').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('assessments_case_idx').on(t.caseId, t.assessedOn)],
);


export const assessmentDomains = sqliteTable(
  'assessment_domains',
  {
    assessmentId: integer('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    domain: text('domain', { enum: ASSESSMENT_DOMAINS }).notNull(),
    needLevel: text('need_level', { enum: NEED_LEVELS }).notNull(),
    risk: integer('risk', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.domain] })],
);

/** R5/R6: each plan version is a row; a signed version is never changed again. */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'signed'] }).notNull(),
    assessmentSummary: text('assessment_summary').notNull().default(''),
    services: text('services').notNull().default(''),
    clientCommitments: text('client_commitments').notNull().default(''),
    centreCommitments: text('centre_commitments').notNull().default(''),
    rightsText: text('rights_text').notNull().default(''),
    signedByClientOn: text('signed_by_client_on'),
    signedByManagerOn: text('signed_by_manager_on'),
    signedManagerId: integer('signed_manager_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('plans_case_version_uq').on(t.caseId, t.version),
    // Signing dates of every signed version, read by the package and reports without the plan texts.
    index('plans_signed_idx').on(t.status, t.caseId, t.version, t.signedByClientOn, t.signedByManagerOn),
    check('plans_signed_has_dates', sql`status <> 'signed' OR (signed_by_client_on IS NOT NULL AND signed_by_manager_on IS NOT NULL)`),
  ],
);

export const planGoals = sqliteTable(
  'plan_goals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('plan_goals_plan_idx').on(t.planId, t.position)],
);


export const planSteps = sqliteTable(
  'plan_steps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => planGoals.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    who: text('who').notNull().default(''),
    dueDate: text('due_date'),
    status: text('status', { enum: STEP_STATUSES }).notNull().default('open'),
    doneOn: text('done_on'),
  },
  (t) => [index('plan_steps_goal_idx').on(t.goalId, t.position), index('plan_steps_due_idx').on(t.status, t.dueDate)],
);


/** Contact log / case notes (implementation). */
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    contactDate: text('contact_date').notNull(),
    kind: text('kind', { enum: NOTE_KINDS }).notNull(),
    text: text('text').notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.contactDate), index('case_notes_kind_idx').on(t.kind, t.caseId, t.contactDate)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    dueDate: text('due_date').notNull(),
    doneOn: text('done_on'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('tasks_case_idx').on(t.caseId), index('tasks_due_idx').on(t.doneOn, t.dueDate)],
);


/** R10: formal reviews of the plan. */
export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'restrict' }),
    reviewedOn: text('reviewed_on').notNull(),
    reviewerId: integer('reviewer_id')
      .notNull()
      .references(() => users.id),
    supportLevel: text('support_level', { enum: SUPPORT_LEVELS }).notNull(),
    stillNeeded: integer('still_needed', { mode: 'boolean' }).notNull(),
    outcome: text('outcome', { enum: REVIEW_OUTCOMES }).notNull(),
    notes: text('notes').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('reviews_case_idx').on(t.caseId, t.reviewedOn)],
);


export const reviewGoals = sqliteTable(
  'review_goals',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => planGoals.id, { onDelete: 'restrict' }),
    progress: text('progress', { enum: GOAL_PROGRESS }).notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.goalId] })],
);


/** R14 (ILO Table 2): requested by the case manager, authorised or returned by a supervisor. */
export const closures = sqliteTable(
  'closures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    reason: text('reason', { enum: CLOSURE_REASONS }).notNull(),
    reasonOther: text('reason_other').notNull().default(''),
    details: text('details').notNull().default(''),
    transferDetails: text('transfer_details').notNull().default(''),
    refusalReasons: text('refusal_reasons').notNull().default(''),
    clientInvolved: integer('client_involved', { mode: 'boolean' }).notNull(),
    clientAgrees: integer('client_agrees', { mode: 'boolean' }).notNull(),
    contactLeft: integer('contact_left', { mode: 'boolean' }).notNull(),
    serviceEvaluation: text('service_evaluation').notNull().default(''),
    /** The phase the case was in when closure was requested; a returned request goes back there. */
    requestedFromPhase: text('requested_from_phase', { enum: PHASES }).notNull(),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    requestedOn: text('requested_on').notNull(),
    status: text('status', { enum: ['requested', 'returned', 'authorised'] }).notNull(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedOn: text('decided_on'),
    returnComment: text('return_comment').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('closures_case_idx').on(t.caseId),
    index('closures_status_idx').on(t.status, t.caseId, t.reason),
    // The reports' closure reasons of a period: a range on (status, decided_on), reason read from the index.
    index('closures_decided_idx').on(t.status, t.decidedOn, t.reason),
  ],
);

/** R12: warnings given to a young person in the Transition Service. */
export const ylcWarnings = sqliteTable(
  'ylc_warnings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    givenOn: text('given_on').notNull(),
    note: text('note').notNull().default(''),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('ylc_warnings_case_idx').on(t.caseId)],
);

/** Per target group timing (R7, R10): months until the first plan is due and between reviews. */
export const targetGroupSettings = sqliteTable('target_group_settings', {
  targetGroup: text('target_group', { enum: TARGET_GROUPS }).primaryKey(),
  planMonths: integer('plan_months').notNull(),
  reviewMonths: integer('review_months').notNull(),
});

/** Standard texts an administrator edits, per language (the client's rights on the plan, R5). */
export const centreTexts = sqliteTable(
  'centre_texts',
  {
    key: text('key').notNull(),
    language: text('language', { enum: ['lt', 'en'] }).notNull(),
    text: text('text').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.language] })],
);
