import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { centreSettings } from '../schema';

export type SettingsRow = typeof centreSettings.$inferSelect;

export async function getSettings(db: Db): Promise<SettingsRow | undefined> {
  return db.select().from(centreSettings).where(eq(centreSettings.id, 1)).get();
}

export async function saveSettings(db: Db, s: Omit<SettingsRow, 'id'>): Promise<SettingsRow> {
  return db
    .insert(centreSettings)
    .values({ id: 1, ...s })
    .onConflictDoUpdate({ target: centreSettings.id, set: s })
    .returning()
    .get();
}
