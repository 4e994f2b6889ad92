import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../open';
import { literalCount, preparedPerDb, preparedVariants } from '../prepared';
import { auditLog, cases, clients } from '../schema';

export type ClientRow = typeof clients.$inferSelect;
export type ClientInsert = Omit<typeof clients.$inferInsert, 'id'>;
export type ClientPatch = Partial<Omit<ClientInsert, 'createdBy' | 'createdAt'>> & { updatedAt: string };

const clientById = preparedPerDb((db) => db.select().from(clients).where(eq(clients.id, sql.placeholder('id'))).prepare());

export async function findClientById(db: Db, id: number): Promise<ClientRow | undefined> {
  return clientById(db).get({ id });
}

export async function findClientByCode(db: Db, personalCode: string): Promise<ClientRow | undefined> {
  return db.select().from(clients).where(eq(clients.personalCode, personalCode)).get();
}

export async function insertClient(db: Db, values: ClientInsert): Promise<ClientRow> {
  return db.insert(clients).values(values).returning().get();
}

export async function updateClient(db: Db, id: number, patch: ClientPatch): Promise<ClientRow> {
  return db.update(clients).set(patch).where(eq(clients.id, id)).returning().get();
}

/**
 * Everyone who could be the same person (R1): the same code, or the same birth date. The name
 * comparison (folded, either order) is the core's; this only narrows the rows by index.
 */
export async function findDuplicateCandidates(db: Db, key: { personalCode: string | null; birthDate: string | null }): Promise<ClientRow[]> {
  const conditions: SQL[] = [];
  if (key.personalCode) conditions.push(eq(clients.personalCode, key.personalCode));
  if (key.birthDate) conditions.push(eq(clients.birthDate, key.birthDate));
  if (!conditions.length) return [];
  return db.select().from(clients).where(or(...conditions)).orderBy(asc(clients.id)).all();
}

/**
 * A case manager's own clients: someone with a case assigned to them, or someone they registered
 * who has no case yet (so a newly registered person is not lost before intake). Written as two
 * indexed sets (cases by manager, clients by creator) so a search can start from the few owned rows.
 */
export function clientOwnedBy(userId: number): SQL {
  return sql`(${clients.id} IN (SELECT oc.client_id FROM cases oc WHERE oc.case_manager_id = ${userId})
    OR (${clients.createdBy} = ${userId} AND NOT EXISTS (SELECT 1 FROM cases nc WHERE nc.client_id = ${clients.id})))`;
}

export async function isClientOwnedBy(db: Db, clientId: number, userId: number): Promise<boolean> {
  return db.select({ id: clients.id }).from(clients).where(and(eq(clients.id, clientId), clientOwnedBy(userId))).get() !== undefined;
}

// Above every character a folded word can hold: `word < prefix + TOP` closes a prefix range.
const TOP = '\u{10FFFF}';

export interface ClientSearch {
  /** Folded name words, all of which must match; or */
  words: readonly string[];
  /** the beginning of the personal code. */
  codePrefix: string | null;
  /** Only this user's own clients (a case manager); null for everyone. */
  ownerId: number | null;
  limit: number;
  offset: number;
}

/** A count past this is shown as "more than …": counting every match of a broad prefix costs more than it tells. */
export const SEARCH_COUNT_CAP = 1000;

/** The ids of a case manager's own clients (see clientOwnedBy), for intersecting with the matches. */
const ownedIds = sql`SELECT client_id FROM cases WHERE case_manager_id = ${sql.placeholder('owner')}
    UNION SELECT c2.id FROM clients c2 WHERE c2.created_by = ${sql.placeholder('owner')} AND NOT EXISTS (SELECT 1 FROM cases nc WHERE nc.client_id = c2.id)`;

/** Which prepared search answers a query: whose clients, and what was typed (a code, n name words, or nothing). */
type SearchShape = `${'own' | 'all'}:${'code' | 'none' | number}:${number}`;

function shapeOf(q: ClientSearch): SearchShape {
  return `${q.ownerId !== null ? 'own' : 'all'}:${q.codePrefix !== null ? 'code' : q.words.length || 'none'}:${q.limit}`;
}

/**
 * The matching client ids as one compound SELECT of index ranges: the caller's own clients (for a
 * case manager) first, then each name word's range in client_name_words, or the code range.
 * SQLite applies compound operators left to right, so this is (own) ∩ word₁ ∩ word₂ ….
 */
function matchingIds(shape: SearchShape): SQL {
  const [who, what] = shape.split(':') as ['own' | 'all', string, string];
  const parts: SQL[] = [];
  if (who === 'own') parts.push(ownedIds);
  if (what === 'code') parts.push(sql`SELECT id FROM clients WHERE personal_code >= ${sql.placeholder('codeFrom')} AND personal_code < ${sql.placeholder('codeTo')}`);
  else if (what !== 'none') {
    for (let i = 0; i < Number(what); i++) {
      parts.push(sql`SELECT DISTINCT client_id FROM client_name_words WHERE word >= ${sql.placeholder(`w${i}From`)} AND word < ${sql.placeholder(`w${i}To`)}`);
    }
  }
  if (parts.length === 0) parts.push(sql`SELECT id FROM clients`);
  return sql.join(parts, sql` INTERSECT `);
}

const latestCase = alias(cases, 'latest_case');

const searchQueries = preparedVariants((db: Db, shape: SearchShape) => {
  const ids = matchingIds(shape);
  const browsing = shape.startsWith('all:none:');
  const limit = Number(shape.split(':')[2]);
  // The page first (sorted on the name index when browsing), then each of its ≤ limit people's newest
  // case that the caller may see: the newest is looked up for the page only, not for every match.
  // A case manager's matches (own ∩ words) are costly to gather: the page counts them as it sorts
  // them (a window count), rather than a second statement gathering them again (halved 20 ms at 100k).
  const own = shape.startsWith('own:');
  const page = db
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      birthDate: clients.birthDate,
      sex: clients.sex,
      personalCode: clients.personalCode,
      total: own ? sql<number>`count(*) OVER ()`.as('total') : sql<number>`NULL`.as('total'),
    })
    .from(clients)
    .where(browsing ? undefined : sql`${clients.id} IN (${ids})`)
    .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id))
    .limit(literalCount(limit))
    .offset(sql.placeholder('offset'))
    .as('page');
  const newest = sql`(SELECT max(x.id) FROM cases x WHERE x.client_id = ${page.id}${
    own ? sql` AND x.case_manager_id = ${sql.placeholder('owner')}` : sql``
  })`;
  return {
    count: db.select({ n: sql<number>`count(*)` }).from(sql`(SELECT 1 FROM (${ids}) LIMIT ${sql.raw(String(SEARCH_COUNT_CAP + 1))})`).prepare(),
    page: db
      .select({
        id: page.id,
        firstName: page.firstName,
        lastName: page.lastName,
        birthDate: page.birthDate,
        sex: page.sex,
        personalCode: page.personalCode,
        total: page.total,
        latestCase: { id: latestCase.id, caseNumber: latestCase.caseNumber, phase: latestCase.phase, targetGroup: latestCase.targetGroup },
      })
      .from(page)
      .leftJoin(latestCase, eq(latestCase.id, newest))
      .orderBy(asc(page.lastName), asc(page.firstName), asc(page.id))
      .prepare(),
  };
});

export type ClientSearchRow = ReturnType<ReturnType<typeof searchQueries>['page']['all']>[number];

export async function searchClients(db: Db, q: ClientSearch): Promise<{ total: number; capped: boolean; rows: ClientSearchRow[] }> {
  const query = searchQueries(db, shapeOf(q));
  const params: Record<string, unknown> = { owner: q.ownerId, offset: q.offset };
  if (q.codePrefix !== null) Object.assign(params, { codeFrom: q.codePrefix, codeTo: q.codePrefix + TOP });
  q.words.forEach((w, i) => Object.assign(params, { [`w${i}From`]: w, [`w${i}To`]: w + TOP }));
  const rows = query.page.all(params);
  // The window count came with the page, unless the page is past the last match.
  const n = q.ownerId !== null && rows.length ? rows[0]!.total : (query.count.get(params)?.n ?? 0);
  return { total: Math.min(n, SEARCH_COUNT_CAP), capped: n > SEARCH_COUNT_CAP, rows };
}

/** The client's audit entries (create, update, view), newest first: the edit history. */
export async function listClientHistory(db: Db, clientId: number): Promise<(typeof auditLog.$inferSelect)[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'client'), eq(auditLog.entityId, String(clientId))))
    .orderBy(desc(auditLog.id))
    .all();
}
