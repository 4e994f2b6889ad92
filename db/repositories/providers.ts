import { and, asc, count, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { providerServices, serviceMapSettings, serviceProviders } from '../schema';

// The service map (R16): providers and their services, the search, and the map's settings.

export type ProviderRow = typeof serviceProviders.$inferSelect;
export type ProviderInsert = Omit<typeof serviceProviders.$inferInsert, 'id'>;
export type ServiceRow = typeof providerServices.$inferSelect;
export type ServiceInsert = Omit<typeof providerServices.$inferInsert, 'id'>;
export type MapSettingsRow = typeof serviceMapSettings.$inferSelect;

/** For LIKE … ESCAPE '\': the user's text matches itself only (no % or _ wildcards). */
export function escapeLikeText(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function findProvider(db: Db, id: number): Promise<ProviderRow | undefined> {
  return db.select().from(serviceProviders).where(eq(serviceProviders.id, id)).get();
}

export async function findProviderByUid(db: Db, uid: string): Promise<ProviderRow | undefined> {
  return db.select().from(serviceProviders).where(eq(serviceProviders.uid, uid)).get();
}

/** Providers with this folded name in this municipality (import matching when no stable id is shared). */
export async function findProvidersByName(db: Db, nameFolded: string, municipality: string): Promise<ProviderRow[]> {
  return db
    .select()
    .from(serviceProviders)
    .where(and(eq(serviceProviders.nameFolded, nameFolded), eq(serviceProviders.municipality, municipality)))
    .orderBy(asc(serviceProviders.id))
    .all();
}

export async function insertProvider(db: Db, values: ProviderInsert): Promise<ProviderRow> {
  return db.insert(serviceProviders).values(values).returning().get();
}

export async function updateProvider(db: Db, id: number, patch: Partial<ProviderInsert> & { updatedAt: string }): Promise<ProviderRow> {
  return db.update(serviceProviders).set(patch).where(eq(serviceProviders.id, id)).returning().get();
}

export async function findService(db: Db, id: number): Promise<ServiceRow | undefined> {
  return db.select().from(providerServices).where(eq(providerServices.id, id)).get();
}

export async function findServiceByUid(db: Db, uid: string): Promise<ServiceRow | undefined> {
  return db.select().from(providerServices).where(eq(providerServices.uid, uid)).get();
}

export async function listServicesOf(db: Db, providerIds: readonly number[]): Promise<ServiceRow[]> {
  if (!providerIds.length) return [];
  const rows: ServiceRow[] = [];
  // SQLite limits bound parameters; a big export asks in chunks.
  for (let i = 0; i < providerIds.length; i += 500) {
    const chunk = providerIds.slice(i, i + 500);
    rows.push(...db.select().from(providerServices).where(inArray(providerServices.providerId, chunk)).orderBy(asc(providerServices.name), asc(providerServices.id)).all());
  }
  return rows;
}

export async function insertService(db: Db, values: ServiceInsert): Promise<ServiceRow> {
  return db.insert(providerServices).values(values).returning().get();
}

export async function updateService(db: Db, id: number, patch: Partial<ServiceInsert> & { updatedAt: string }): Promise<ServiceRow> {
  return db.update(providerServices).set(patch).where(eq(providerServices.id, id)).returning().get();
}

/** After a provider is renamed: its services' search text carries the provider's name too. */
export async function setServiceSearchTexts(db: Db, updates: readonly { id: number; searchFolded: string }[]): Promise<void> {
  for (const u of updates) db.update(providerServices).set({ searchFolded: u.searchFolded }).where(eq(providerServices.id, u.id)).run();
}

export interface MapFilter {
  /** Folded words; every one must occur. */
  words: readonly string[];
  sector: string | null;
  municipality: string | null;
  includeArchived: boolean;
}

function wordsIn(column: SQL | typeof providerServices.searchFolded | typeof serviceProviders.nameFolded, words: readonly string[]): SQL | undefined {
  if (!words.length) return undefined;
  return and(...words.map((w) => sql`${column} LIKE ${`%${escapeLikeText(w)}%`} ESCAPE '\\'`));
}

function providerFilter(f: MapFilter): (SQL | undefined)[] {
  return [
    f.sector ? eq(serviceProviders.sector, f.sector as ProviderRow['sector']) : undefined,
    f.municipality ? eq(serviceProviders.municipality, f.municipality) : undefined,
    f.includeArchived ? undefined : eq(serviceProviders.active, true),
  ];
}

/** The provider columns a search hit shows. */
export type ProviderSummary = Pick<ProviderRow, 'id' | 'name' | 'sector' | 'municipality' | 'active' | 'lastCheckedOn'>;

/**
 * Find a service by need: the words in its folded text, with the provider's sector and municipality
 * and the group served. One pass over the services (the total comes from a window count), so a
 * search over thousands of services stays within a few milliseconds.
 */
export async function searchServices(
  db: Db,
  f: MapFilter & { targetGroup: string | null; limit: number; offset: number },
): Promise<{ total: number; rows: { service: ServiceRow; provider: ProviderSummary }[] }> {
  const where = and(
    wordsIn(providerServices.searchFolded, f.words),
    ...providerFilter(f),
    f.targetGroup ? sql`${providerServices.targetGroups} LIKE ${`%,${f.targetGroup},%`}` : undefined,
    f.includeArchived ? undefined : eq(providerServices.active, true),
  );
  // First the page's ids, sorted on narrow rows (the sort and the window count never carry the long
  // texts), then the full rows of just that page.
  const page = db
    .select({ id: providerServices.id, total: sql<number>`count(*) OVER ()` })
    .from(providerServices)
    .innerJoin(serviceProviders, eq(serviceProviders.id, providerServices.providerId))
    .where(where)
    .orderBy(asc(serviceProviders.nameFolded), asc(providerServices.name), asc(providerServices.id))
    .limit(f.limit)
    .offset(f.offset)
    .all();
  const total =
    page[0]?.total ??
    (f.offset > 0
      ? (db.select({ n: count() }).from(providerServices).innerJoin(serviceProviders, eq(serviceProviders.id, providerServices.providerId)).where(where).get()?.n ?? 0)
      : 0);
  if (!page.length) return { total, rows: [] };
  const full = db
    .select({
      service: providerServices,
      provider: {
        id: serviceProviders.id,
        name: serviceProviders.name,
        sector: serviceProviders.sector,
        municipality: serviceProviders.municipality,
        active: serviceProviders.active,
        lastCheckedOn: serviceProviders.lastCheckedOn,
      },
    })
    .from(providerServices)
    .innerJoin(serviceProviders, eq(serviceProviders.id, providerServices.providerId))
    .where(inArray(providerServices.id, page.map((r) => r.id)))
    .all();
  const byId = new Map(full.map((r) => [r.service.id, r]));
  return { total, rows: page.map((r) => byId.get(r.id)!).filter(Boolean) };
}

/** Providers for the map's list: name or any of its services' text, filters, and the stale ones only if asked. */
export async function listProviders(
  db: Db,
  f: MapFilter & { staleCutoff: string | null; limit: number; offset: number },
): Promise<{ total: number; rows: (ProviderRow & { serviceCount: number })[] }> {
  const textMatch = f.words.length
    ? or(
        wordsIn(serviceProviders.nameFolded, f.words),
        sql`EXISTS (SELECT 1 FROM provider_services ps WHERE ps.provider_id = ${serviceProviders.id} AND ${wordsIn(sql`ps.search_folded`, f.words)})`,
      )
    : undefined;
  const where = and(
    textMatch,
    ...providerFilter(f),
    f.staleCutoff ? sql`(${serviceProviders.lastCheckedOn} IS NULL OR ${serviceProviders.lastCheckedOn} <= ${f.staleCutoff})` : undefined,
  );
  const total = db.select({ n: count() }).from(serviceProviders).where(where).get()?.n ?? 0;
  const rows = db
    .select()
    .from(serviceProviders)
    .where(where)
    .orderBy(asc(serviceProviders.nameFolded), asc(serviceProviders.id))
    .limit(f.limit)
    .offset(f.offset)
    .all();
  const counts = new Map<number, number>();
  if (rows.length) {
    for (const c of db
      .select({ providerId: providerServices.providerId, n: count() })
      .from(providerServices)
      .where(inArray(providerServices.providerId, rows.map((r) => r.id)))
      .groupBy(providerServices.providerId)
      .all())
      counts.set(c.providerId, c.n);
  }
  return { total, rows: rows.map((r) => ({ ...r, serviceCount: counts.get(r.id) ?? 0 })) };
}

/** Every provider (or the chosen ones), for an export; archived included. */
export async function listProvidersForExport(db: Db, ids?: readonly number[]): Promise<ProviderRow[]> {
  if (!ids) return db.select().from(serviceProviders).orderBy(asc(serviceProviders.nameFolded), asc(serviceProviders.id)).all();
  const out: ProviderRow[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    out.push(...db.select().from(serviceProviders).where(inArray(serviceProviders.id, ids.slice(i, i + 500))).all());
  }
  return out.sort((a, b) => a.nameFolded.localeCompare(b.nameFolded) || a.id - b.id);
}

/** Active services of active providers in a municipality: the candidates for suggestions. */
export async function listActiveServicesIn(db: Db, municipality: string): Promise<{ service: ServiceRow; provider: ProviderRow }[]> {
  return db
    .select({ service: providerServices, provider: serviceProviders })
    .from(providerServices)
    .innerJoin(serviceProviders, eq(serviceProviders.id, providerServices.providerId))
    .where(and(eq(serviceProviders.municipality, municipality), eq(serviceProviders.active, true), eq(providerServices.active, true)))
    .all();
}

export async function getMapSettings(db: Db): Promise<MapSettingsRow | undefined> {
  return db.select().from(serviceMapSettings).where(eq(serviceMapSettings.id, 1)).get();
}

export async function saveMapSettings(db: Db, s: Omit<MapSettingsRow, 'id'>): Promise<MapSettingsRow> {
  return db.insert(serviceMapSettings).values({ id: 1, ...s }).onConflictDoUpdate({ target: serviceMapSettings.id, set: s }).returning().get();
}
