import type { Db } from '../../db/open';
import { userNames } from '../../db/repositories/documents';
import {
  findQualitySettings,
  insertCertification,
  insertEvaluation,
  listCertifications,
  listEvaluations,
  listOpenCasesOf,
  saveQualitySettings,
  type CertificationRow,
  type EvaluationRatingRow,
  type EvaluationRow,
} from '../../db/repositories/quality';
import { findUserById, type UserRow } from '../../db/repositories/users';
import { withRead, withTransaction } from '../../db/transaction';
import type { Certification, Evaluation, QualitySettings } from '../contract/methods/quality';
import { INTRODUCTION_FIELDS } from '../contract/methods/quality';
import { CERTIFICATION_ITEMS, certificationResult, MAX_TOTAL, type Scores } from '../core/quality/certification';
import { TABLE3_INDICATORS } from '../core/quality/performance-indicators';
import { requireUser, type HandlerGroup } from './call-context';
import { localToday } from './cycle-clock';
import { audit } from './cycle-common';
import { forbidden, invalid } from './errors';

// Issue 7 (R17–R19). Supervisors write evaluations and certifications; administrators and supervisors
// read everyone's; a case manager reads only their own.

/** Until an administrator sets them: a total above 60 of 100 certifies; notes within 5 days are on time. */
export const DEFAULT_QUALITY_SETTINGS: QualitySettings = { certificationBenchmark: 60, documentationDays: 5 };

export async function qualitySettingsOf(db: Db): Promise<QualitySettings> {
  const row = await findQualitySettings(db);
  return row ? { certificationBenchmark: row.certificationBenchmark, documentationDays: row.documentationDays } : DEFAULT_QUALITY_SETTINGS;
}

/** Evaluations and certifications are about an active case manager. */
async function assertCaseManager(db: Db, userId: number): Promise<UserRow> {
  const u = await findUserById(db, userId);
  if (!u || u.disabledAt || !u.roles.includes('case_manager')) throw invalid('caseManagerId', ['validation.caseManagerNotActive']);
  return u;
}

/** Supervisors and administrators see everyone's records; anyone else only their own. */
export function assertMayRead(actor: UserRow, caseManagerId: number): void {
  if (actor.roles.includes('supervisor') || actor.roles.includes('admin')) return;
  if (actor.id !== caseManagerId) throw forbidden();
}

function toEvaluation(row: EvaluationRow & { ratings: EvaluationRatingRow[] }, names: Map<number, string>): Evaluation {
  const order = new Map(TABLE3_INDICATORS.map((i, n) => [i, n]));
  const ratings = [...row.ratings]
    .sort((a, b) => (order.get(a.indicator) ?? 999) - (order.get(b.indicator) ?? 999))
    .map(({ indicator, rating, comment }) => ({ indicator, rating, comment }));
  const sum = ratings.reduce((s, r) => s + r.rating, 0);
  return {
    id: row.id,
    caseManagerId: row.caseManagerId,
    caseManagerName: names.get(row.caseManagerId) ?? '',
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    evaluatorId: row.evaluatorId,
    evaluatorName: names.get(row.evaluatorId) ?? '',
    evaluatedOn: row.evaluatedOn,
    comment: row.comment,
    ratings,
    average: ratings.length ? Math.round((sum / ratings.length) * 10) / 10 : 0,
  };
}

export function toCertification(row: CertificationRow, names: Map<number, string>): Certification {
  return {
    id: row.id,
    caseManagerId: row.caseManagerId,
    caseManagerName: names.get(row.caseManagerId) ?? '',
    evaluatorId: row.evaluatorId,
    evaluatorName: names.get(row.evaluatorId) ?? '',
    evaluatedOn: row.evaluatedOn,
    introduction: JSON.parse(row.introduction) as Record<string, string>,
    scores: JSON.parse(row.scores) as Record<string, number>,
    total: row.total,
    maxTotal: MAX_TOTAL,
    benchmark: row.benchmark,
    passed: row.passed,
    generalComments: row.generalComments,
    strengths: row.strengths,
    risks: row.risks,
    recommendations: row.recommendations,
    conclusion: row.conclusion,
  };
}

export const qualityHandlers: HandlerGroup<
  'quality.getSettings' | 'quality.updateSettings' | 'quality.caseloadCases' | 'evaluations.create' | 'evaluations.list' | 'certifications.create' | 'certifications.list'
> = {
  'quality.getSettings': async (_input, { app }) => withRead(app.handle, qualitySettingsOf),

  'quality.updateSettings': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      const before = await qualitySettingsOf(db);
      const row = await saveQualitySettings(db, { ...input, updatedAt: app.nowIso() });
      const after = { certificationBenchmark: row.certificationBenchmark, documentationDays: row.documentationDays };
      await audit(db, app, actor, { action: 'quality.updateSettings', entityType: 'centre', entityId: 1, details: { before, after } });
      return after;
    });
  },

  'quality.caseloadCases': async ({ caseManagerId }, { app }) =>
    withRead(app.handle, async (db) =>
      (await listOpenCasesOf(db, caseManagerId)).map((c) => ({
        id: c.id,
        caseNumber: c.caseNumber,
        clientName: `${c.firstName} ${c.lastName}`,
        intensity: c.intensity,
        phase: c.phase,
        targetGroup: c.targetGroup,
      })),
    ),

  'evaluations.create': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      await assertCaseManager(db, input.caseManagerId);
      if (input.caseManagerId === actor.id) throw forbidden();
      const row = await insertEvaluation(
        db,
        {
          caseManagerId: input.caseManagerId,
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          evaluatorId: actor.id,
          evaluatedOn: localToday(app),
          comment: input.comment,
          createdAt: app.nowIso(),
        },
        input.ratings,
      );
      await audit(db, app, actor, {
        action: 'evaluations.create',
        entityType: 'user',
        entityId: input.caseManagerId,
        details: { evaluationId: row.id, periodFrom: input.periodFrom, periodTo: input.periodTo },
      });
      const names = await userNames(db, [row.caseManagerId, row.evaluatorId]);
      return toEvaluation({ ...row, ratings: input.ratings.map((r) => ({ ...r, evaluationId: row.id })) }, names);
    });
  },

  'evaluations.list': async (input, ctx) => {
    const actor = requireUser(ctx);
    const caseManagerId = input.caseManagerId ?? actor.id;
    assertMayRead(actor, caseManagerId);
    return withRead(ctx.app.handle, async (db) => {
      const rows = await listEvaluations(db, caseManagerId);
      const names = await userNames(db, rows.flatMap((r) => [r.caseManagerId, r.evaluatorId]));
      return rows.map((r) => toEvaluation(r, names));
    });
  },

  'certifications.create': async (input, ctx) => {
    const actor = requireUser(ctx);
    const { app } = ctx;
    return withTransaction(app.handle, async (db) => {
      await assertCaseManager(db, input.caseManagerId);
      if (input.caseManagerId === actor.id) throw forbidden();
      const { certificationBenchmark: benchmark } = await qualitySettingsOf(db);
      const scores = Object.fromEntries(CERTIFICATION_ITEMS.map((i) => [i, input.scores[i]])) as Scores;
      const { total, passed } = certificationResult(scores, benchmark);
      const introduction = Object.fromEntries(INTRODUCTION_FIELDS.map((f) => [f, input.introduction[f]]));
      const row = await insertCertification(db, {
        caseManagerId: input.caseManagerId,
        evaluatorId: actor.id,
        evaluatedOn: localToday(app),
        introduction: JSON.stringify(introduction),
        scores: JSON.stringify(scores),
        total,
        benchmark,
        passed,
        generalComments: input.generalComments,
        strengths: input.strengths,
        risks: input.risks,
        recommendations: input.recommendations,
        conclusion: input.conclusion,
        createdAt: app.nowIso(),
      });
      await audit(db, app, actor, {
        action: 'certifications.create',
        entityType: 'user',
        entityId: input.caseManagerId,
        details: { certificationId: row.id, total, benchmark, passed },
      });
      return toCertification(row, await userNames(db, [row.caseManagerId, row.evaluatorId]));
    });
  },

  'certifications.list': async (input, ctx) => {
    const actor = requireUser(ctx);
    const caseManagerId = input.caseManagerId ?? actor.id;
    assertMayRead(actor, caseManagerId);
    return withRead(ctx.app.handle, async (db) => {
      const rows = await listCertifications(db, caseManagerId);
      const names = await userNames(db, rows.flatMap((r) => [r.caseManagerId, r.evaluatorId]));
      return rows.map((r) => toCertification(r, names));
    });
  },
};
