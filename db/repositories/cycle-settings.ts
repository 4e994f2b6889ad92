import { and, eq } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPerDb } from '../prepared';
import type { TARGET_GROUPS } from '../schema';
import { centreTexts, targetGroupSettings } from '../schema';

export type TargetGroup = (typeof TARGET_GROUPS)[number];
export type TimingRow = typeof targetGroupSettings.$inferSelect;
export type CentreTextRow = typeof centreTexts.$inferSelect;

const timingRows = preparedPerDb((db) => db.select().from(targetGroupSettings).prepare());

export async function listTimingRows(db: Db): Promise<TimingRow[]> {
  return timingRows(db).all();
}

/** Adds the rows that are missing; existing settings are left as they are. */
export async function insertMissingTiming(db: Db, rows: TimingRow[]): Promise<void> {
  if (rows.length) db.insert(targetGroupSettings).values(rows).onConflictDoNothing().run();
}

export async function saveTiming(db: Db, row: TimingRow): Promise<void> {
  db.insert(targetGroupSettings)
    .values(row)
    .onConflictDoUpdate({ target: targetGroupSettings.targetGroup, set: { planMonths: row.planMonths, reviewMonths: row.reviewMonths } })
    .run();
}

export async function listCentreTexts(db: Db): Promise<CentreTextRow[]> {
  return db.select().from(centreTexts).all();
}

export async function findCentreText(db: Db, key: string, language: 'lt' | 'en'): Promise<CentreTextRow | undefined> {
  return db
    .select()
    .from(centreTexts)
    .where(and(eq(centreTexts.key, key), eq(centreTexts.language, language)))
    .get();
}

export async function saveCentreText(db: Db, row: CentreTextRow): Promise<void> {
  db.insert(centreTexts)
    .values(row)
    .onConflictDoUpdate({ target: [centreTexts.key, centreTexts.language], set: { text: row.text, updatedAt: row.updatedAt } })
    .run();
}
