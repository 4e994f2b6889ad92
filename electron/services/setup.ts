import { KeyRing } from '../../db/keyring';
import { openDatabase } from '../../db/open';
import { appendAudit } from '../../db/repositories/audit';
import { saveSettings } from '../../db/repositories/settings';
import { insertUser } from '../../db/repositories/users';
import { withTransaction } from '../../db/transaction';
import type { HandlerGroup } from './call-context';
import { DomainError } from './errors';
import { DEFAULT_AUTO_LOCK_MINUTES } from './user-view';

export const setupHandlers: HandlerGroup<'app.status' | 'setup.initialise'> = {
  'app.status': async (_input, { app }) => {
    if (!app.initialised) return { initialised: false, centreName: null, defaultLanguage: 'lt' };
    const info = app.ring.publicInfo;
    return { initialised: true, centreName: info.centreName || null, defaultLanguage: info.defaultLanguage };
  },

  /**
   * Creates the encrypted database and the key ring. The ring is written last: until it exists the
   * centre counts as not set up, so an interrupted first run can simply be done again.
   */
  'setup.initialise': async (input, { app }) => {
    if (app.initialised) throw new DomainError('ALREADY_INITIALISED', 'errors.alreadyInitialised');
    app.setAsideOrphanDatabase();
    const { ring, dbKey, recoveryKey } = KeyRing.create(app.dataDir);
    const now = app.nowIso();
    const handle = openDatabase({ file: app.dbFile, key: dbKey, migrationsFolder: app.migrationsFolder });
    try {
      const admin = await withTransaction(handle, async (db) => {
        await saveSettings(db, {
          centreName: input.centre.name,
          centreCode: input.centre.code,
          municipality: input.centre.municipality,
          defaultLanguage: input.language,
          autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES,
          updatedAt: now,
        });
        const user = await insertUser(db, {
          username: input.admin.username,
          fullName: input.admin.fullName,
          language: input.language,
          roles: ['admin'],
          mustChangePassword: false,
          now,
        });
        await appendAudit(db, {
          at: now,
          userId: user.id,
          username: user.username,
          action: 'setup.initialise',
          entityType: 'centre',
          entityId: '1',
          details: { after: { centre: input.centre, admin: { username: user.username, fullName: user.fullName }, language: input.language } },
        });
        return user;
      });
      await ring.setSlot(admin.id, admin.username, input.admin.password, dbKey);
      ring.setPublicInfo({ centreName: input.centre.name, defaultLanguage: input.language });
      ring.save();
      app.setRing(ring);
    } finally {
      handle.close();
      dbKey.fill(0);
    }
    return { recoveryKey };
  },
};
