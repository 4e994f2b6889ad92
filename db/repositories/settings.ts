import { eq } from 'drizzle-orm';
import type { Db } from '../open';
import { centreSettings } from '../schema';

export type SettingsRow = typeof centreSettings.$inferSelect;

// Read on every call (the idle lock's minutes): prepared once per connection.
const settingsQueries = new WeakMap<Db, { get(): SettingsRow | undefined }>();

export async function getSettings(db: Db): Promise<SettingsRow | undefined> {
  let q = settingsQueries.get(db);
  if (!q) settingsQueries.set(db, (q = db.select().from(centreSettings).where(eq(centreSettings.id, 1)).prepare()));
  return q.get();
}

export async function saveSettings(db: Db, s: Omit<SettingsRow, 'id'>): Promise<SettingsRow> {
  return db
    .insert(centreSettings)
    .values({ id: 1, ...s })
    .onConflictDoUpdate({ target: centreSettings.id, set: s })
    .returning()
    .get();
}
