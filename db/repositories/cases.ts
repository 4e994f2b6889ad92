import { and, asc, desc, eq, getTableColumns, gte, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { literalCount, pageSize, preparedPerDb, rawStatement } from '../prepared';
import { cases, eligibilityDecisions, users } from '../schema';

export type CaseRow = typeof cases.$inferSelect;
export type CaseInsert = Omit<typeof cases.$inferInsert, 'id'>;
export type CasePatch = Partial<Omit<CaseInsert, 'clientId' | 'caseNumber' | 'createdAt'>> & { updatedAt: string };
export type EligibilityRow = typeof eligibilityDecisions.$inferSelect;

const caseById = preparedPerDb((db) => db.select().from(cases).where(eq(cases.id, sql.placeholder('id'))).prepare());

export async function findCaseById(db: Db, id: number): Promise<CaseRow | undefined> {
  return caseById(db).get({ id });
}

export async function findOpenCaseOfClient(db: Db, clientId: number): Promise<CaseRow | undefined> {
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.clientId, clientId), ne(cases.phase, 'closed')))
    .get();
}

/** R15: the episode a reopened case links to. */
export async function findLatestClosedCaseOfClient(db: Db, clientId: number): Promise<CaseRow | undefined> {
  return db
    .select()
    .from(cases)
    .where(and(eq(cases.clientId, clientId), eq(cases.phase, 'closed')))
    .orderBy(desc(cases.closedOn), desc(cases.id))
    .limit(literalCount(1))
    .get();
}

/**
 * The highest sequence number used under a prefix such as 'VSPC-2026-' (0 when none). A range on
 * the unique case-number index; longer numbers sort after shorter ones once 99999 is passed.
 */
export async function maxCaseSequence(db: Db, prefix: string): Promise<number> {
  const row = db
    .select({ n: cases.caseNumber })
    .from(cases)
    .where(and(gte(cases.caseNumber, prefix), lt(cases.caseNumber, `${prefix}\uffff`)))
    .orderBy(desc(sql`length(${cases.caseNumber})`), desc(cases.caseNumber))
    .limit(literalCount(1))
    .get();
  const digits = row?.n.slice(prefix.length) ?? '';
  return /^\d+$/.test(digits) ? Number(digits) : 0;
}

export async function insertCase(db: Db, values: CaseInsert): Promise<CaseRow> {
  return db.insert(cases).values(values).returning().get();
}

export async function updateCase(db: Db, id: number, patch: CasePatch): Promise<CaseRow> {
  return db.update(cases).set(patch).where(eq(cases.id, id)).returning().get();
}

export async function insertEligibilityDecision(db: Db, d: Omit<typeof eligibilityDecisions.$inferInsert, 'id'>): Promise<EligibilityRow> {
  return db.insert(eligibilityDecisions).values(d).returning().get();
}

const eligibilityOfCase = preparedPerDb((db) =>
  db
    .select({ ...getTableColumns(eligibilityDecisions), decidedByName: users.fullName })
    .from(eligibilityDecisions)
    .innerJoin(users, eq(users.id, eligibilityDecisions.decidedBy))
    .where(eq(eligibilityDecisions.caseId, sql.placeholder('caseId')))
    .orderBy(asc(eligibilityDecisions.id))
    .prepare(),
);

export async function listEligibilityDecisions(db: Db, caseId: number): Promise<(EligibilityRow & { decidedByName: string })[]> {
  return eligibilityOfCase(db).all({ caseId });
}

const manager = alias(users, 'manager');

/** Cases of one client, newest first, with the case manager's name; `managerId` keeps only that manager's. */
export async function listCasesOfClient(db: Db, clientId: number, managerId: number | null): Promise<(CaseRow & { caseManagerName: string | null })[]> {
  return db
    .select({ c: cases, caseManagerName: manager.fullName })
    .from(cases)
    .leftJoin(manager, eq(manager.id, cases.caseManagerId))
    .where(and(eq(cases.clientId, clientId), managerId !== null ? eq(cases.caseManagerId, managerId) : undefined))
    .orderBy(desc(cases.id))
    .all()
    .map((r) => ({ ...r.c, caseManagerName: r.caseManagerName }));
}

export interface CaseListQuery {
  phase?: CaseRow['phase'];
  targetGroup?: CaseRow['targetGroup'];
  caseManagerId?: number;
  sort: 'intakeDateDesc' | 'caseNumber';
  limit: number;
  offset: number;
}

export interface CaseListRow {
  id: number;
  caseNumber: string;
  clientId: number;
  clientFirstName: string;
  clientLastName: string;
  targetGroup: CaseRow['targetGroup'];
  phase: CaseRow['phase'];
  intakeDate: string;
  intensity: CaseRow['intensity'];
  caseManagerId: number | null;
  caseManagerName: string | null;
  closedOn: string | null;
  previousCaseId: number | null;
}

const LIST_FILTERS = { phase: 'c.phase = @phase', targetGroup: 'c.target_group = @targetGroup', caseManagerId: 'c.case_manager_id = @caseManagerId' } as const;
const LIST_ORDER = { intakeDateDesc: 'c.intake_date DESC, c.id DESC', caseNumber: 'c.case_number' } as const;

/**
 * The case list page, hand-written: it is the screen people page through all day, and mapping
 * drizzle's result rows cost more than the query (issue 3 measures it against raw SQL). Each
 * combination of filters and page size is its own statement, prepared once (rawStatement), with its own
 * index plan; the page size is written into the SQL (see literalCount), the offset bound.
 */
export async function listCases(db: Db, q: CaseListQuery): Promise<{ total: number; rows: CaseListRow[] }> {
  const filters = (Object.keys(LIST_FILTERS) as (keyof typeof LIST_FILTERS)[]).filter((f) => q[f] !== undefined);
  const where = filters.length ? filters.map((f) => LIST_FILTERS[f]).join(' AND ') : '1';
  const params = Object.fromEntries(filters.map((f) => [f, q[f]]));
  const total = (rawStatement(db, `SELECT count(*) AS n FROM cases c WHERE ${where}`).get(params) as { n: number }).n;
  const rows = rawStatement(
    db,
    `SELECT c.id, c.case_number AS caseNumber, c.client_id AS clientId, cl.first_name AS clientFirstName, cl.last_name AS clientLastName,
       c.target_group AS targetGroup, c.phase, c.intake_date AS intakeDate, c.intensity, c.case_manager_id AS caseManagerId,
       m.full_name AS caseManagerName, c.closed_on AS closedOn, c.previous_case_id AS previousCaseId
     FROM cases c JOIN clients cl ON cl.id = c.client_id LEFT JOIN users m ON m.id = c.case_manager_id
     WHERE ${where} ORDER BY ${LIST_ORDER[q.sort]} LIMIT ${pageSize(q.limit)} OFFSET @offset`,
  ).all({ ...params, offset: q.offset }) as CaseListRow[];
  return { total, rows };
}

/** A SQLite unique or check constraint refused the write. */
export function isConstraintError(err: unknown, indexOrTable?: string): boolean {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e?.code !== 'string' || !e.code.startsWith('SQLITE_CONSTRAINT')) return false;
  return indexOrTable === undefined || (typeof e.message === 'string' && e.message.includes(indexOrTable));
}
