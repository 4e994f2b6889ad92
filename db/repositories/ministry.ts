import { and, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { CodeOf, PackageGroup } from '../../electron/core/ministry/codes';
import type { MinistryCase, MinistryDataset } from '../../electron/core/ministry/dataset';
import { DEFAULT_TIMING } from '../../electron/core/deadlines';
import type { Db } from '../open';
import { literalCount } from '../prepared';
import {
  caseNotes,
  cases,
  clients,
  closures,
  eligibilityDecisions,
  ministryExports,
  ministrySettings,
  plans,
  referrals,
  reviews,
  serviceProviders,
  targetGroupSettings,
  ylcSupports,
} from '../schema';

export type ExportRow = typeof ministryExports.$inferSelect;

/** Groups rows by a key, keeping each group's order. */
function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/**
 * Every record the quarterly figures count: cases opened by the quarter's last day and not closed
 * before its first day (a case closed earlier can count only through a release date in the
 * quarter). One query per table, joined in memory: a handful of scans, not one per case.
 */
export async function loadMinistryDataset(db: Db, quarter: { firstDay: string; lastDay: string }): Promise<MinistryDataset> {
  const { firstDay, lastDay } = quarter;
  const caseRows = db
    .select({
      id: cases.id,
      clientId: cases.clientId,
      targetGroup: cases.targetGroup,
      entryPoint: cases.entryPoint,
      intensity: cases.intensity,
      intakeDate: cases.intakeDate,
      closedOn: cases.closedOn,
      previousCaseId: cases.previousCaseId,
      caseManagerId: cases.caseManagerId,
      assignedOn: cases.assignedOn,
      coordinatorAppointedOn: cases.coordinatorAppointedOn,
      releaseDate: cases.releaseDate,
    })
    .from(cases)
    .where(
      and(
        lte(cases.intakeDate, lastDay),
        or(isNull(cases.closedOn), gte(cases.closedOn, firstDay), and(gte(cases.releaseDate, firstDay), lte(cases.releaseDate, lastDay))),
      ),
    )
    .all();
  // One scan of the clients beats a lookup per case (each a random read of an encrypted page).
  const people = new Map(db.select({ id: clients.id, sex: clients.sex, birthDate: clients.birthDate }).from(clients).all().map((p) => [p.id, p]));
  // Reading each table whole and keeping the rows of these cases beats an IN list of 100k ids.
  const ids = new Set(caseRows.map((c) => c.id));
  const keep = <T extends { caseId: number }>(rows: T[]) => rows.filter((r) => ids.has(r.caseId));

  const reasons = groupBy(
    keep(
      db
        .select({ caseId: closures.caseId, reason: closures.reason })
        .from(closures)
        .where(eq(closures.status, 'authorised'))
        .orderBy(desc(closures.id))
        .all(),
    ),
    (r) => r.caseId,
  );
  const signed = groupBy(
    keep(
      db
        .select({ caseId: plans.caseId, on: sql<string>`max(${plans.signedByClientOn}, ${plans.signedByManagerOn})` })
        .from(plans)
        .where(eq(plans.status, 'signed'))
        .orderBy(plans.caseId, plans.version)
        .all(),
    ),
    (r) => r.caseId,
  );
  const reviewed = groupBy(
    keep(
      db
        .select({ caseId: reviews.caseId, on: reviews.reviewedOn })
        .from(reviews)
                .orderBy(reviews.caseId, reviews.reviewedOn)
        .all(),
    ),
    (r) => r.caseId,
  );
  const visits = groupBy(
    keep(
      db
        .select({ caseId: caseNotes.caseId, on: caseNotes.contactDate })
        .from(caseNotes)
        .where(eq(caseNotes.kind, 'preReleaseVisit'))
        .all(),
    ),
    (r) => r.caseId,
  );
  const decisions = groupBy(
    keep(
      db
        .select({ caseId: eligibilityDecisions.caseId, decidedOn: eligibilityDecisions.decidedOn, eligible: eligibilityDecisions.eligible })
        .from(eligibilityDecisions)
        .orderBy(eligibilityDecisions.id)
        .all(),
    ),
    (r) => r.caseId,
  );
  const supports = groupBy(
    keep(
      db
        .select({ caseId: ylcSupports.caseId, on: ylcSupports.givenOn, type: ylcSupports.supportType })
        .from(ylcSupports)
        .all(),
    ),
    (r) => r.caseId,
  );

  const out: MinistryCase[] = caseRows.map((c) => ({
    id: c.id,
    clientId: c.clientId,
    targetGroup: c.targetGroup,
    entryPoint: c.entryPoint,
    intensity: c.intensity,
    intakeDate: c.intakeDate,
    closedOn: c.closedOn,
    closureReason: reasons.get(c.id)?.[0]?.reason ?? null,
    reopened: c.previousCaseId !== null,
    sex: people.get(c.clientId)?.sex ?? null,
    birthDate: people.get(c.clientId)?.birthDate ?? null,
    caseManagerId: c.caseManagerId,
    assignedOn: c.assignedOn,
    coordinatorAppointedOn: c.coordinatorAppointedOn,
    releaseDate: c.releaseDate,
    planSignedOn: (signed.get(c.id) ?? []).map((r) => r.on),
    reviewedOn: (reviewed.get(c.id) ?? []).map((r) => r.on),
    visitDates: (visits.get(c.id) ?? []).map((r) => r.on),
    eligibilityDecisions: (decisions.get(c.id) ?? []).map((d) => ({ decidedOn: d.decidedOn, eligible: d.eligible })),
    supports: (supports.get(c.id) ?? []).map((s) => ({ on: s.on, type: s.type })),
  }));

  const referralRows = db
    .select({
      targetGroup: cases.targetGroup,
      sector: serviceProviders.sector,
      sentOn: referrals.sentOn,
      completedOn: referrals.completedOn,
      declinedOn: referrals.declinedOn,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(serviceProviders, eq(serviceProviders.id, referrals.providerId))
    .where(lte(referrals.sentOn, lastDay))
    .all();

  const timing = { ...DEFAULT_TIMING } as MinistryDataset['timing'];
  for (const t of db.select().from(targetGroupSettings).all()) {
    timing[t.targetGroup as PackageGroup] = { planMonths: t.planMonths, reviewMonths: t.reviewMonths };
  }
  return {
    cases: out,
    referrals: referralRows.map((r) => ({ ...r, sector: r.sector.toUpperCase() as CodeOf<'SECTOR'> })),
    timing,
  };
}

export async function getThreshold(db: Db): Promise<number | null> {
  return db.select({ t: ministrySettings.threshold }).from(ministrySettings).where(eq(ministrySettings.id, 1)).get()?.t ?? null;
}

export async function saveThreshold(db: Db, threshold: number, now: string): Promise<void> {
  db.insert(ministrySettings)
    .values({ id: 1, threshold, updatedAt: now })
    .onConflictDoUpdate({ target: ministrySettings.id, set: { threshold, updatedAt: now } })
    .run();
}

export async function insertExport(db: Db, row: Omit<ExportRow, 'id'>): Promise<ExportRow> {
  return db.insert(ministryExports).values(row).returning().get();
}

export async function listExports(db: Db): Promise<ExportRow[]> {
  return db.select().from(ministryExports).orderBy(desc(ministryExports.createdAt), desc(ministryExports.id)).all();
}

export async function quarterWasExported(db: Db, quarter: string): Promise<boolean> {
  return db.select({ id: ministryExports.id }).from(ministryExports).where(eq(ministryExports.quarter, quarter)).limit(literalCount(1)).get() !== undefined;
}

export type YlcSupportRow = typeof ylcSupports.$inferSelect;

export async function insertYlcSupport(db: Db, row: Omit<YlcSupportRow, 'id'>): Promise<YlcSupportRow> {
  return db.insert(ylcSupports).values(row).returning().get();
}

export async function listYlcSupports(db: Db, caseId: number): Promise<YlcSupportRow[]> {
  return db.select().from(ylcSupports).where(eq(ylcSupports.caseId, caseId)).orderBy(desc(ylcSupports.givenOn), desc(ylcSupports.id)).all();
}
