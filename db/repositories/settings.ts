import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPerDb } from '../prepared';
import { centreSettings } from '../schema';

export type SettingsRow = typeof centreSettings.$inferSelect;

// Read by many handlers (case numbers, documents, the package): prepared once per connection.
const settingsQuery = preparedPerDb((db) => db.select().from(centreSettings).where(eq(centreSettings.id, 1)).prepare());

export async function getSettings(db: Db): Promise<SettingsRow | undefined> {
  return settingsQuery(db).get();
}

export async function saveSettings(db: Db, s: Omit<SettingsRow, 'id'>): Promise<SettingsRow> {
  return db
    .insert(centreSettings)
    .values({ id: 1, ...s })
    .onConflictDoUpdate({ target: centreSettings.id, set: s })
    .returning()
    .get();
}
