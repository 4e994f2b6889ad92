import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Times are ISO-8601 UTC strings; dates are YYYY-MM-DD strings. Both sort as text and map
// one-to-one onto PostgreSQL columns when the centre moves to a shared server.

export const centreSettings = sqliteTable('centre_settings', {
  id: integer('id').primaryKey(),
  centreName: text('centre_name').notNull(),
  centreCode: text('centre_code').notNull(),
  municipality: text('municipality').notNull(),
  defaultLanguage: text('default_language', { enum: ['lt', 'en'] }).notNull(),
  autoLockMinutes: integer('auto_lock_minutes').notNull().default(10),
  updatedAt: text('updated_at').notNull(),
});

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    language: text('language', { enum: ['lt', 'en'] }).notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    disabledAt: text('disabled_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

export const userRoles = sqliteTable(
  'user_roles',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ['case_manager', 'supervisor', 'admin'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** Append-only; each row carries the hash of the one before it, so an edit breaks the chain. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'restrict' }),
    username: text('username'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    details: text('details').notNull().default(sql`'{}'`),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId), index('audit_log_at_idx').on(t.at)],
);
export * from './cases';
export * from './services';
export * from './ministry';
export * from './client-search';
export * from './quality';
