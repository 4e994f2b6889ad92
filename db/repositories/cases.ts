import { and, asc, count, desc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { preparedPerDb, preparedVariants } from '../prepared';
import { cases, clients, eligibilityDecisions, users } from '../schema';

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
    .limit(1)
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
    .limit(1)
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
    .select({ d: eligibilityDecisions, decidedByName: users.fullName })
    .from(eligibilityDecisions)
    .innerJoin(users, eq(users.id, eligibilityDecisions.decidedBy))
    .where(eq(eligibilityDecisions.caseId, sql.placeholder('caseId')))
    .orderBy(asc(eligibilityDecisions.id))
    .prepare(),
);

export async function listEligibilityDecisions(db: Db, caseId: number): Promise<(EligibilityRow & { decidedByName: string })[]> {
  return eligibilityOfCase(db)
    .all({ caseId })
    .map((r) => ({ ...r.d, decidedByName: r.decidedByName }));
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

/** The columns of a row in the case list: what the list shows, not the whole case. */
const caseListColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  clientId: cases.clientId,
  clientFirstName: clients.firstName,
  clientLastName: clients.lastName,
  targetGroup: cases.targetGroup,
  phase: cases.phase,
  intakeDate: cases.intakeDate,
  intensity: cases.intensity,
  caseManagerId: cases.caseManagerId,
  caseManagerName: manager.fullName,
  closedOn: cases.closedOn,
  previousCaseId: cases.previousCaseId,
};

type ListFilter = 'phase' | 'targetGroup' | 'caseManagerId';
type ListVariant = `${CaseListQuery['sort']}:${string}`;

// One prepared statement per combination of filters and sort (2³ × 2), each with its own index plan.
const caseListQueries = preparedVariants((db: Db, key: ListVariant) => {
  const [sort, filterList] = key.split(':') as [CaseListQuery['sort'], string];
  const filters = new Set(filterList.split(',').filter(Boolean) as ListFilter[]);
  const where = and(
    filters.has('phase') ? eq(cases.phase, sql.placeholder('phase')) : undefined,
    filters.has('targetGroup') ? eq(cases.targetGroup, sql.placeholder('targetGroup')) : undefined,
    filters.has('caseManagerId') ? eq(cases.caseManagerId, sql.placeholder('caseManagerId')) : undefined,
  );
  const order = sort === 'caseNumber' ? [asc(cases.caseNumber)] : [desc(cases.intakeDate), desc(cases.id)];
  return {
    total: db.select({ n: count() }).from(cases).where(where).prepare(),
    page: db
      .select(caseListColumns)
      .from(cases)
      .innerJoin(clients, eq(clients.id, cases.clientId))
      .leftJoin(manager, eq(manager.id, cases.caseManagerId))
      .where(where)
      .orderBy(...order)
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
  };
});

export type CaseListRow = ReturnType<ReturnType<typeof caseListQueries>['page']['all']>[number];

export async function listCases(db: Db, q: CaseListQuery): Promise<{ total: number; rows: CaseListRow[] }> {
  const filters = (['phase', 'targetGroup', 'caseManagerId'] as const).filter((f) => q[f] !== undefined);
  const query = caseListQueries(db, `${q.sort}:${filters.join(',')}`);
  const params = { phase: q.phase, targetGroup: q.targetGroup, caseManagerId: q.caseManagerId };
  const total = query.total.get(params)?.n ?? 0;
  return { total, rows: query.page.all({ ...params, limit: q.limit, offset: q.offset }) };
}

/** A SQLite unique or check constraint refused the write. */
export function isConstraintError(err: unknown, indexOrTable?: string): boolean {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e?.code !== 'string' || !e.code.startsWith('SQLITE_CONSTRAINT')) return false;
  return indexOrTable === undefined || (typeof e.message === 'string' && e.message.includes(indexOrTable));
}
