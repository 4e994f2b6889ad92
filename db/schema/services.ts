import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cases, clients, planSteps } from './cases';
import { users } from './index';
import { CATALOGUE_TYPES, SECTORS } from '../../electron/core/service-map';

// The service map (R16), the client's consent to share data (R9) and referrals (R8, ILO Table 1).
// Dates are YYYY-MM-DD text, times ISO-8601 UTC text. Lists that a filter looks into (target
// groups, need domains) are stored as ",A,B," so `LIKE '%,A,%'` finds one member exactly.

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed'] as const;
export const CONSENT_SCOPES = ['provider', 'sector'] as const;

/** An organisation on the map: institution, NGO, the PES, health care, a school… */
export const serviceProviders = sqliteTable(
  'service_providers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stable id that travels with exports, so a re-import finds the same provider. */
    uid: text('uid').notNull(),
    name: text('name').notNull(),
    /** Name folded (lower case, no diacritics) for matching on import. */
    nameFolded: text('name_folded').notNull(),
    sector: text('sector', { enum: SECTORS }).notNull(),
    /** ISO 3166-2 code (core/municipalities.ts). */
    municipality: text('municipality').notNull(),
    address: text('address').notNull().default(''),
    /** JSON array of strings. */
    phones: text('phones').notNull().default('[]'),
    email: text('email').notNull().default(''),
    website: text('website').notNull().default(''),
    /** JSON array of { name, role, phone, email }. */
    contactPersons: text('contact_persons').notNull().default('[]'),
    notes: text('notes').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    lastCheckedOn: text('last_checked_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('service_providers_uid_uq').on(t.uid),
    index('service_providers_match_idx').on(t.nameFolded, t.municipality),
    index('service_providers_filter_idx').on(t.sector, t.municipality),
  ],
);

export const providerServices = sqliteTable(
  'provider_services',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: text('uid').notNull(),
    providerId: integer('provider_id')
      .notNull()
      .references(() => serviceProviders.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** ",PWD,PLP," — the target groups served. */
    targetGroups: text('target_groups').notNull().default(''),
    /** ",housing,health," — the assessment domains (R4) the service answers; used by suggestions. */
    domains: text('domains').notNull().default(''),
    eligibility: text('eligibility').notNull().default(''),
    capacity: text('capacity').notNull().default(''),
    waitingTime: text('waiting_time').notNull().default(''),
    cost: text('cost').notNull().default(''),
    languages: text('languages').notNull().default(''),
    catalogueType: text('catalogue_type', { enum: CATALOGUE_TYPES }),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Folded service name, description, eligibility and provider name: the text search looks here. */
    searchFolded: text('search_folded').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('provider_services_uid_uq').on(t.uid), index('provider_services_provider_idx').on(t.providerId)],
);

/** R9: the client's consent to share personal data with a provider or a whole sector. */
export const clientConsents = sqliteTable(
  'client_consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    scope: text('scope', { enum: CONSENT_SCOPES }).notNull(),
    providerId: integer('provider_id').references(() => serviceProviders.id, { onDelete: 'restrict' }),
    sector: text('sector', { enum: SECTORS }),
    /** What may be shared (free text: e.g. contacts, assessment summary, health data). */
    what: text('what').notNull(),
    givenOn: text('given_on').notNull(),
    validUntil: text('valid_until'),
    withdrawnOn: text('withdrawn_on'),
    notes: text('notes').notNull().default(''),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
    withdrawnBy: integer('withdrawn_by').references(() => users.id),
  },
  (t) => [
    index('client_consents_client_idx').on(t.clientId),
    check('client_consents_scope_target', sql`(scope = 'provider' AND provider_id IS NOT NULL) OR (scope = 'sector' AND sector IS NOT NULL)`),
  ],
);

/** R9: a supervisor's documented exception allowing a referral without consent. */
export const consentExceptions = sqliteTable(
  'consent_exceptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    providerId: integer('provider_id')
      .notNull()
      .references(() => serviceProviders.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    validFrom: text('valid_from').notNull(),
    validUntil: text('valid_until').notNull(),
    grantedBy: integer('granted_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('consent_exceptions_client_idx').on(t.clientId, t.providerId)],
);

/** R8: a referral to a provider (ILO Table 1), tracked to an outcome. */
export const referrals = sqliteTable(
  'referrals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'restrict' }),
    clientId: integer('client_id')
      .notNull()
      .references(() => clients.id, { onDelete: 'restrict' }),
    planStepId: integer('plan_step_id').references(() => planSteps.id, { onDelete: 'set null' }),
    providerId: integer('provider_id')
      .notNull()
      .references(() => serviceProviders.id, { onDelete: 'restrict' }),
    serviceId: integer('service_id').references(() => providerServices.id, { onDelete: 'restrict' }),
    /** The ILO Table 1 form as sent (JSON): the printed form stays what was sent even if the map changes. */
    form: text('form').notNull(),
    /** The consent or the supervisor's exception the referral was sent under (R9). */
    consentId: integer('consent_id').references(() => clientConsents.id, { onDelete: 'restrict' }),
    exceptionId: integer('exception_id').references(() => consentExceptions.id, { onDelete: 'restrict' }),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull(),
    sentOn: text('sent_on').notNull(),
    sentBy: integer('sent_by')
      .notNull()
      .references(() => users.id),
    followUpOn: text('follow_up_on').notNull(),
    acceptedOn: text('accepted_on'),
    acceptedBy: integer('accepted_by').references(() => users.id),
    declinedOn: text('declined_on'),
    declinedBy: integer('declined_by').references(() => users.id),
    declineReason: text('decline_reason').notNull().default(''),
    completedOn: text('completed_on'),
    completedBy: integer('completed_by').references(() => users.id),
    outcome: text('outcome').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('referrals_case_idx').on(t.caseId, t.sentOn),
    index('referrals_follow_up_idx').on(t.status, t.followUpOn),
    index('referrals_provider_idx').on(t.providerId),
    check('referrals_consent_basis', sql`consent_id IS NOT NULL OR exception_id IS NOT NULL`),
  ],
);

/** Settings of the service map and referrals (one row, id 1). */
export const serviceMapSettings = sqliteTable('service_map_settings', {
  id: integer('id').primaryKey(),
  /** Days from sending to the follow-up date of a referral (issue 4: default 14). */
  followUpDays: integer('follow_up_days').notNull().default(14),
  /** Months after which a provider not checked is flagged stale (default 12). */
  staleMonths: integer('stale_months').notNull().default(12),
  updatedAt: text('updated_at').notNull(),
});
