import { appendAudit, listAudit } from '../../db/repositories/audit';
import { getSettings, saveSettings, type SettingsRow } from '../../db/repositories/settings';
import { withRead, withTransaction } from '../../db/transaction';
import type { Settings } from '../contract';
import { requireUser, type HandlerGroup } from './call-context';
import { DomainError } from './errors';

function toSettings(row: SettingsRow | undefined): Settings {
  if (!row) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
  const { centreName, centreCode, municipality, defaultLanguage, autoLockMinutes } = row;
  return { centreName, centreCode, municipality, defaultLanguage, autoLockMinutes };
}

export const settingsHandlers: HandlerGroup<'settings.get' | 'settings.update' | 'audit.list'> = {
  'settings.get': async (_input, { app }) => toSettings(await withRead(app.handle, getSettings)),

  'settings.update': async (input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const saved = await withTransaction(app.handle, async (db) => {
      const before = toSettings(await getSettings(db));
      const row = await saveSettings(db, { ...input, updatedAt: app.nowIso() });
      await appendAudit(db, {
        at: app.nowIso(),
        userId: actor.id,
        username: actor.username,
        action: 'settings.update',
        entityType: 'centre',
        entityId: '1',
        details: { before, after: toSettings(row) },
      });
      return toSettings(row);
    });
    app.ring.setPublicInfo({ centreName: saved.centreName, defaultLanguage: saved.defaultLanguage });
    app.ring.save();
    return saved;
  },

  'audit.list': async ({ limit, offset }, { app }) => {
    const { total, rows } = await withRead(app.handle, (db) => listAudit(db, limit, offset));
    return {
      total,
      entries: rows.map((r) => ({
        id: r.id,
        at: r.at,
        userId: r.userId,
        username: r.username,
        action: r.action,
        entityType: r.entityType,
        entityId: r.entityId,
        details: JSON.parse(r.details) as Record<string, unknown>,
      })),
    };
  },
};
