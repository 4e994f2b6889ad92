import { appendAudit } from '../../../db/repositories/audit';
import { getSettings } from '../../../db/repositories/settings';
import {
  getThreshold,
  insertExport,
  insertYlcSupport,
  listExports,
  listYlcSupports,
  loadMinistryDataset,
  quarterWasExported,
  saveThreshold,
  type ExportRow,
} from '../../../db/repositories/ministry';
import type { Db } from '../../../db/open';
import { withRead, withTransaction } from '../../../db/transaction';
import type { ExportRecord } from '../../contract/methods/ministry';
import { compareDates } from '../../core/calendar-dates';
import { buildIndicatorTable } from '../../core/ministry/indicators';
import { parseQuarter, type Quarter } from '../../core/ministry/quarter';
import { DEFAULT_THRESHOLD } from '../../core/ministry/suppress';
import type { AppContext } from '../app-context';
import { requireUser, type HandlerGroup } from '../call-context';
import { loadCaseFor } from '../case-access';
import { localToday, notInFuture } from '../cycle-clock';
import { audit } from '../cycle-common';
import { DomainError, invalid } from '../errors';
import { buildPackage, packageFileName, type BuiltPackage } from './package';

function toRecord(r: ExportRow): ExportRecord {
  const { id, quarter, action, fileName, sha256, threshold, rows, createdAt, createdByName } = r;
  return { id, quarter, action, fileName, sha256, threshold, rows, createdAt, createdByName };
}

async function centreOf(db: Db) {
  const s = await getSettings(db);
  if (!s) throw new DomainError('NOT_INITIALISED', 'errors.notInitialised');
  return { name: s.centreName, code: s.centreCode, municipality: s.municipality };
}

/**
 * Everything a package is made from, read in one snapshot so a package made while people work is
 * consistent with itself.
 */
async function packageInputs(app: AppContext, quarter: Quarter) {
  const inputs = await withRead(app.handle, async (db) => ({
    centre: await centreOf(db),
    threshold: (await getThreshold(db)) ?? DEFAULT_THRESHOLD,
    data: await loadMinistryDataset(db, quarter),
    sentBefore: await quarterWasExported(db, quarter.code),
  }));
  return { ...inputs, action: inputs.sentBefore ? ('R' as const) : ('I' as const) };
}

export async function makePackage(app: AppContext, quarter: Quarter, createdByRole: string): Promise<BuiltPackage & { action: 'I' | 'R'; threshold: number }> {
  const { centre, threshold, data, action } = await packageInputs(app, quarter);
  const built = await buildPackage(data, { centre, quarter, action, threshold, createdAt: app.nowIso(), createdByRole });
  return { ...built, action, threshold };
}

/** Records a made package in the export history and the audit log. */
export async function recordExport(app: AppContext, built: BuiltPackage & { action: 'I' | 'R'; threshold: number }, by: { id: number; username: string; fullName: string } | null) {
  return withTransaction(app.handle, async (db) => {
    const row = await insertExport(db, {
      quarter: built.manifest.period.quarter,
      action: built.action,
      fileName: built.fileName,
      sha256: built.sha256,
      threshold: built.threshold,
      rows: built.manifest.files[0]!.rows,
      createdAt: app.nowIso(),
      createdBy: by?.id ?? null,
      createdByName: by?.fullName ?? 'command line',
    });
    await appendAudit(db, {
      at: app.nowIso(),
      userId: by?.id ?? null,
      username: by?.username ?? null,
      action: 'ministry.export',
      entityType: 'quarter',
      entityId: row.quarter,
      details: { action: row.action, sha256: row.sha256, fileName: row.fileName },
    });
    return row;
  });
}

export const ministryHandlers: HandlerGroup<
  'ministry.preview' | 'ministry.export' | 'ministry.history' | 'ministry.getSettings' | 'ministry.updateSettings' | 'ylc.recordSupport' | 'ylc.listSupports'
> = {
  'ministry.preview': async ({ quarter: code }, { app }) => {
    const quarter = parseQuarter(code);
    const { centre, threshold, data, action } = await packageInputs(app, quarter);
    // The figures only: the files are made when the package is saved.
    const table = buildIndicatorTable(data, quarter, { action, refArea: centre.municipality, threshold });
    return {
      quarter: quarter.code,
      firstDay: quarter.firstDay,
      lastDay: quarter.lastDay,
      action,
      threshold,
      fileName: packageFileName(centre.municipality, centre.code, quarter),
      cells: table.cells.map((c) => ({ ...c, obs: c.confidential ? null : c.obs })),
    };
  },

  'ministry.export': async ({ quarter: code }, ctx) => {
    const actor = requireUser(ctx);
    const quarter = parseQuarter(code);
    // A quarter is sent once it is over: its last day must be behind us.
    if (compareDates(quarter.lastDay, localToday(ctx.app)) >= 0) throw invalid('quarter', ['validation.quarterNotEnded']);
    const built = await makePackage(ctx.app, quarter, 'admin');
    const row = await recordExport(ctx.app, built, actor);
    return { record: toRecord(row), zipBase64: Buffer.from(built.zip).toString('base64') };
  },

  'ministry.history': async (_input, { app }) => (await withRead(app.handle, listExports)).map(toRecord),

  'ministry.getSettings': async (_input, { app }) => ({ threshold: (await withRead(app.handle, getThreshold)) ?? DEFAULT_THRESHOLD }),

  'ministry.updateSettings': async ({ threshold }, ctx) => {
    const actor = requireUser(ctx);
    return withTransaction(ctx.app.handle, async (db) => {
      const before = (await getThreshold(db)) ?? DEFAULT_THRESHOLD;
      await saveThreshold(db, threshold, ctx.app.nowIso());
      await audit(db, ctx.app, actor, { action: 'ministry.settings', entityType: 'centre', entityId: 1, details: { before: { threshold: before }, after: { threshold } } });
      return { threshold };
    });
  },

  'ylc.recordSupport': async (input, ctx) => {
    const actor = requireUser(ctx);
    notInFuture('givenOn', input.givenOn, localToday(ctx.app));
    return withTransaction(ctx.app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      if (c.targetGroup !== 'YLC') throw invalid('caseId', ['validation.onlyForYlc']);
      const row = await insertYlcSupport(db, { ...input, createdBy: actor.id, createdAt: ctx.app.nowIso() });
      await audit(db, ctx.app, actor, { action: 'ylc.support', entityType: 'case', entityId: c.id, details: { supportType: row.supportType, givenOn: row.givenOn } });
      return { id: row.id };
    });
  },

  'ylc.listSupports': async ({ caseId }, ctx) => {
    const actor = requireUser(ctx);
    return withRead(ctx.app.handle, async (db) => {
      await loadCaseFor(db, actor, caseId);
      return (await listYlcSupports(db, caseId)).map(({ id, givenOn, supportType, note, createdAt }) => ({ id, givenOn, supportType, note, createdAt }));
    });
  },
};
