import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { users } from './index';

// The quarterly package for the Ministry (R21, MINISTRY-PACKAGE.md): its settings, its export
// history, and the Transition Service supports it counts (YLC_SUPPORTS).

export const YLC_SUPPORT_TYPES = [
  'PROVIDER_INTERACTION',
  'DAILY_LIVING_SKILLS',
  'SOCIAL_SKILLS',
  'WORK_SKILLS',
  'PSYCHOLOGICAL',
  'INFO_MEDIATION_REPRESENTATION',
] as const;

/** One row (id 1): the small-number protection threshold, a centre setting (default 5). */
export const ministrySettings = sqliteTable(
  'ministry_settings',
  {
    id: integer('id').primaryKey(),
    threshold: integer('threshold').notNull().default(5),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('ministry_settings_threshold', sql`${t.threshold} BETWEEN 2 AND 50`)],
);

/** Who exported which quarter when, the package's SHA-256, and whether it replaced an earlier one. */
export const ministryExports = sqliteTable(
  'ministry_exports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    quarter: text('quarter').notNull(),
    action: text('action', { enum: ['I', 'R'] }).notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    threshold: integer('threshold').notNull(),
    rows: integer('rows').notNull(),
    createdAt: text('created_at').notNull(),
    /** Null when made from the command line without a signed-in user. */
    createdBy: integer('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
  },
  (t) => [index('ministry_exports_quarter_idx').on(t.quarter, t.createdAt)],
);

/** R12/R21: a support the Transition Service gave a young person on a day. */
export const ylcSupports = sqliteTable(
  'ylc_supports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    givenOn: text('given_on').notNull(),
    supportType: text('support_type', { enum: YLC_SUPPORT_TYPES }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('ylc_supports_case_idx').on(t.caseId, t.givenOn), index('ylc_supports_given_idx').on(t.givenOn)],
);
