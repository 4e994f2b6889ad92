import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './index';

// Case managers and quality (R17–R19): supervisors' periodic evaluations (ILO Table 3), certifications
// (ILO Table 4), and the centre's quality settings.

/** One row (id 1). */
export const qualitySettings = sqliteTable(
  'quality_settings',
  {
    id: integer('id').primaryKey(),
    /** R19: the minimum certification score; the certificate needs a higher total. */
    certificationBenchmark: integer('certification_benchmark').notNull(),
    /** R18: a contact is documented on time when its note is written within this many days. */
    documentationDays: integer('documentation_days').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('quality_settings_ranges', sql`${t.certificationBenchmark} >= 0 AND ${t.documentationDays} BETWEEN 0 AND 60`)],
);

/** R18: a supervisor's periodic evaluation of a case manager. */
export const evaluations = sqliteTable(
  'evaluations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseManagerId: integer('case_manager_id')
      .notNull()
      .references(() => users.id),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    evaluatorId: integer('evaluator_id')
      .notNull()
      .references(() => users.id),
    evaluatedOn: text('evaluated_on').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('evaluations_manager_idx').on(t.caseManagerId, t.evaluatedOn)],
);

export const evaluationRatings = sqliteTable(
  'evaluation_ratings',
  {
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id, { onDelete: 'cascade' }),
    /** "dimension.area.indicator" (electron/core/quality/performance-indicators.ts). */
    indicator: text('indicator').notNull(),
    rating: integer('rating').notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.indicator] }), check('evaluation_ratings_range', sql`${t.rating} BETWEEN 1 AND 4`)],
);

/** R19: a certification (ILO Table 4): the introduction, the scores, the result and who evaluated. */
export const certifications = sqliteTable(
  'certifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseManagerId: integer('case_manager_id')
      .notNull()
      .references(() => users.id),
    evaluatorId: integer('evaluator_id')
      .notNull()
      .references(() => users.id),
    evaluatedOn: text('evaluated_on').notNull(),
    /** The introduction fields (job title, length of employment, …) as JSON. */
    introduction: text('introduction').notNull(),
    /** Item id → score, as JSON. */
    scores: text('scores').notNull(),
    total: integer('total').notNull(),
    benchmark: integer('benchmark').notNull(),
    passed: integer('passed', { mode: 'boolean' }).notNull(),
    generalComments: text('general_comments').notNull().default(''),
    strengths: text('strengths').notNull().default(''),
    risks: text('risks').notNull().default(''),
    recommendations: text('recommendations').notNull().default(''),
    conclusion: text('conclusion').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('certifications_manager_idx').on(t.caseManagerId, t.evaluatedOn)],
);
