import { and, asc, count, desc, eq, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { cases, clients, eligibilityDecisions, users } from '../schema';

export type CaseRow = typeof cases.$inferSelect;
export type CaseInsert = Omit<typeof cases.$inferInsert, 'id'>;
export type CasePatch = Partial<Omit<CaseInsert, 'clientId' | 'caseNumber' | 'createdAt'>> & { updatedAt: string };
export type EligibilityRow = typeof eligibilityDecisions.$inferSelect;

export async function findCaseById(db: Db, id: number): Promise<CaseRow | undefined> {
  return db.select().from(cases).where(eq(cases.id, id)).get();
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

export async function listEligibilityDecisions(db: Db, caseId: number): Promise<(EligibilityRow & { decidedByName: string })[]> {
  return db
    .select({ d: eligibilityDecisions, decidedByName: users.fullName })
    .from(eligibilityDecisions)
    .innerJoin(users, eq(users.id, eligibilityDecisions.decidedBy))
    .where(eq(eligibilityDecisions.caseId, caseId))
    .orderBy(asc(eligibilityDecisions.id))
    .all()
    .map((r) => ({ ...r.d, decidedByName: r.decidedByName }));
}

export type CaseListRow = CaseRow & { clientFirstName: string; clientLastName: string; caseManagerName: string | null };

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

/** The newest case of each of these clients (only the manager's own when `managerId` is given). */
export async function latestCasesOfClients(db: Db, clientIds: number[], managerId: number | null): Promise<Map<number, CaseRow>> {
  const out = new Map<number, CaseRow>();
  if (!clientIds.length) return out;
  const rows = db
    .select()
    .from(cases)
    .where(and(inArray(cases.clientId, clientIds), managerId !== null ? eq(cases.caseManagerId, managerId) : undefined))
    .orderBy(desc(cases.id))
    .all();
  for (const r of rows) if (!out.has(r.clientId)) out.set(r.clientId, r);
  return out;
}

export interface CaseListQuery {
  phase?: CaseRow['phase'];
  targetGroup?: CaseRow['targetGroup'];
  caseManagerId?: number;
  sort: 'intakeDateDesc' | 'caseNumber';
  limit: number;
  offset: number;
}

export async function listCases(db: Db, q: CaseListQuery): Promise<{ total: number; rows: CaseListRow[] }> {
  const conditions: (SQL | undefined)[] = [
    q.phase ? eq(cases.phase, q.phase) : undefined,
    q.targetGroup ? eq(cases.targetGroup, q.targetGroup) : undefined,
    q.caseManagerId !== undefined ? eq(cases.caseManagerId, q.caseManagerId) : undefined,
  ];
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0;
  const order = q.sort === 'caseNumber' ? [asc(cases.caseNumber)] : [desc(cases.intakeDate), desc(cases.id)];
  const rows = db
    .select({ c: cases, clientFirstName: clients.firstName, clientLastName: clients.lastName, caseManagerName: manager.fullName })
    .from(cases)
    .innerJoin(clients, eq(clients.id, cases.clientId))
    .leftJoin(manager, eq(manager.id, cases.caseManagerId))
    .where(where)
    .orderBy(...order)
    .limit(q.limit)
    .offset(q.offset)
    .all();
  return { total, rows: rows.map((r) => ({ ...r.c, clientFirstName: r.clientFirstName, clientLastName: r.clientLastName, caseManagerName: r.caseManagerName })) };
}

/** A SQLite unique or check constraint refused the write. */
export function isConstraintError(err: unknown, indexOrTable?: string): boolean {
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e?.code !== 'string' || !e.code.startsWith('SQLITE_CONSTRAINT')) return false;
  return indexOrTable === undefined || (typeof e.message === 'string' && e.message.includes(indexOrTable));
}
