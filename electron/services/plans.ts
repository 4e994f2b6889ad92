import type { Db } from '../../db/open';
import {
  findCentreText,
  insertMissingTiming,
  listCentreTexts,
  listTimingRows,
  saveCentreText,
  saveTiming,
  type TargetGroup,
  type TimingRow,
} from '../../db/repositories/cycle-settings';
import {
  findLatestSignedPlan,
  findPlanVersion,
  findStep,
  insertPlanVersion,
  listPlanVersions,
  markPlanSigned,
  maxPlanVersion,
  replaceDraftGoals,
  updateDraftContent,
  updateStepStatus,
  withGoals,
  type PlanRow,
  type PlanWithGoals,
} from '../../db/repositories/plans';
import { latestReviewDate } from '../../db/repositories/reviews';
import { getSettings } from '../../db/repositories/settings';
import { withRead, withTransaction } from '../../db/transaction';
import { compareDates } from '../core/calendar-dates';
import { clientRightsText, STANDARD_CLIENT_RIGHTS } from '../core/client-rights';
import { DEFAULT_TIMING, nextReviewDue, planDueDate, type Timing } from '../core/deadlines';
import { signPlan } from '../core/plan-versions';
import { CENTRE_TEXT_KEYS, TIMING_GROUPS } from '../contract/cycle-schemas';
import type { Plan } from '../contract/methods/plans';
import { LANGUAGES } from '../contract/roles';
import { requireUser, type HandlerGroup } from './call-context';
import { loadCaseFor, type CaseRow } from './case-access';
import { advanceCase } from './cases';
import { audit, todayOf } from './cycle-common';
import { DomainError, invalid, notFound } from './errors';

// R5–R7: the IAP / ILP. A signed version is never changed (the repository's updates carry the
// status condition too); an edit after signing starts version + 1 as a draft; every version stays
// readable. R7/R10 deadlines come from the per-group timing settings.

export function toPlan(p: PlanWithGoals): Plan {
  return {
    id: p.id,
    caseId: p.caseId,
    version: p.version,
    status: p.status,
    signedByClientOn: p.signedByClientOn,
    signedByManagerOn: p.signedByManagerOn,
    signedManagerId: p.signedManagerId,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    assessmentSummary: p.assessmentSummary,
    services: p.services,
    clientCommitments: p.clientCommitments,
    centreCommitments: p.centreCommitments,
    rightsText: p.rightsText,
    goals: p.goals.map((g) => ({
      id: g.id,
      position: g.position,
      text: g.text,
      steps: g.steps.map((s) => ({ id: s.id, position: s.position, text: s.text, who: s.who, dueDate: s.dueDate, status: s.status, doneOn: s.doneOn })),
    })),
  };
}

const toSummary = (p: PlanRow) => ({
  id: p.id,
  caseId: p.caseId,
  version: p.version,
  status: p.status,
  signedByClientOn: p.signedByClientOn,
  signedByManagerOn: p.signedByManagerOn,
  signedManagerId: p.signedManagerId,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

/** The timing per group: saved settings over the core defaults (R7, R10). */
export async function timingFor(db: Db, group: TargetGroup): Promise<Timing> {
  const row = (await listTimingRows(db)).find((r) => r.targetGroup === group);
  return row ? { planMonths: row.planMonths, reviewMonths: row.reviewMonths } : DEFAULT_TIMING[group];
}

const defaultTimingRows = (): TimingRow[] => TIMING_GROUPS.map((g) => ({ targetGroup: g, ...DEFAULT_TIMING[g] }));

async function timingList(db: Db): Promise<TimingRow[]> {
  await insertMissingTiming(db, defaultTimingRows());
  const rows = await listTimingRows(db);
  return TIMING_GROUPS.map((g) => rows.find((r) => r.targetGroup === g)!).map((r) => ({ targetGroup: r.targetGroup, planMonths: r.planMonths, reviewMonths: r.reviewMonths }));
}

/** The later of two dates (either may be missing). */
function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * R7: the first plan is due planMonths after the case manager's assignment (YLC: the coordinator's
 * appointment when recorded); null once a version is signed, or while that clock has not started.
 * R10: the next review is due reviewMonths after the later of the last signing and the last review.
 */
export async function planDeadlines(db: Db, c: CaseRow): Promise<{ planDue: string | null; reviewDue: string | null }> {
  if (c.phase === 'closed') return { planDue: null, reviewDue: null };
  const timing = await timingFor(db, c.targetGroup);
  const signed = await findLatestSignedPlan(db, c.id);
  if (!signed) {
    // YLC without a recorded appointment: the assigned case manager is the coordinator, so the assignment starts it.
    const start = c.targetGroup === 'YLC' ? (c.coordinatorAppointedOn ?? c.assignedOn) : c.assignedOn;
    return { planDue: start ? planDueDate(start, timing.planMonths) : null, reviewDue: null };
  }
  const signedOn = later(signed.signedByClientOn, signed.signedByManagerOn);
  const from = later(signedOn, await latestReviewDate(db, c.id));
  return { planDue: null, reviewDue: from ? nextReviewDue(from, timing.reviewMonths) : null };
}

async function rightsTextFor(db: Db, language: 'lt' | 'en' | undefined): Promise<string> {
  const lang = language ?? (await getSettings(db))?.defaultLanguage ?? 'lt';
  return clientRightsText(lang, (await findCentreText(db, 'clientRights', lang))?.text);
}

/** Intake is decided by eligibility first; a plan comes after. */
function assertPastIntake(c: CaseRow): void {
  if (c.phase === 'intake') throw new DomainError('CONFLICT', 'errors.eligibilityFirst');
}

export const planHandlers: HandlerGroup<
  'plans.saveDraft' | 'plans.sign' | 'plans.list' | 'plans.get' | 'plans.setStepStatus' | 'settings.getTexts' | 'settings.updateText' | 'settings.getTiming' | 'settings.updateTiming'
> = {
  'plans.saveDraft': async (input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const today = todayOf(app);
    const goals = input.goals.map((g) => ({
      text: g.text,
      steps: g.steps.map((s) => ({
        text: s.text,
        who: s.who,
        dueDate: s.dueDate,
        status: s.status,
        doneOn: s.status === 'done' ? (s.doneOn ?? today) : null,
      })),
    }));
    goals.forEach((g, gi) =>
      g.steps.forEach((s, si) => {
        if (s.doneOn && compareDates(s.doneOn, today) > 0) throw invalid(`goals.${gi}.steps.${si}.doneOn`, ['validation.dateInFuture']);
      }),
    );
    const content = {
      assessmentSummary: input.assessmentSummary,
      services: input.services,
      clientCommitments: input.clientCommitments,
      centreCommitments: input.centreCommitments,
    };
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      assertPastIntake(c);
      const now = app.nowIso();
      const latest = await findPlanVersion(db, c.id);
      let plan: PlanRow;
      let created: boolean;
      if (latest?.status === 'draft') {
        const rights = input.language ? { rightsText: await rightsTextFor(db, input.language) } : {};
        if (!(await updateDraftContent(db, latest.id, { ...content, ...rights }, now))) throw new DomainError('CONFLICT', 'errors.planSigned');
        plan = (await findPlanVersion(db, c.id, latest.version))!;
        created = false;
      } else {
        // R6: after a signed version (or with none yet) the change becomes a new draft version.
        plan = await insertPlanVersion(db, { ...content, caseId: c.id, version: (await maxPlanVersion(db, c.id)) + 1, rightsText: await rightsTextFor(db, input.language), now });
        created = true;
      }
      await replaceDraftGoals(db, plan, goals);
      await audit(db, app, actor, {
        action: 'plan.saveDraft',
        entityType: 'case',
        entityId: c.id,
        details: { planId: plan.id, version: plan.version, newVersion: created, goals: goals.length, steps: goals.reduce((n, g) => n + g.steps.length, 0) },
      });
      return toPlan(await withGoals(db, plan));
    });
  },

  'plans.sign': async (input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const today = todayOf(app);
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      const versions = await listPlanVersions(db, c.id);
      const r = signPlan(
        versions.map((v) => ({ version: v.version, status: v.status, signedByClientOn: v.signedByClientOn, signedByManagerOn: v.signedByManagerOn, content: v })),
        { clientOn: input.signedByClientOn, managerOn: input.signedByManagerOn },
        today,
      );
      if (!r.ok) {
        if (r.reason === 'futureDate') {
          const issues = (['signedByClientOn', 'signedByManagerOn'] as const)
            .filter((k) => compareDates(input[k], today) > 0)
            .map((path) => ({ path, messageKey: 'validation.dateInFuture' }));
          throw new DomainError('VALIDATION', 'errors.validation', undefined, issues);
        }
        if (r.reason === 'noDraft' || r.reason === 'alreadySigned') throw new DomainError('CONFLICT', 'errors.noPlanDraft');
        throw invalid('signedByClientOn', ['validation.date']);
      }
      const draft = versions.at(-1)!;
      const now = app.nowIso();
      const signedManagerId = c.caseManagerId ?? actor.id;
      if (!(await markPlanSigned(db, draft.id, { signedByClientOn: input.signedByClientOn, signedByManagerOn: input.signedByManagerOn, signedManagerId }, now))) {
        throw new DomainError('CONFLICT', 'errors.noPlanDraft');
      }
      let phase = c.phase;
      if (input.advance && c.phase === 'planning') phase = await advanceCase(db, c, 'implementation', now);
      await audit(db, app, actor, {
        action: 'plan.sign',
        entityType: 'case',
        entityId: c.id,
        details: { planId: draft.id, version: draft.version, signedByClientOn: input.signedByClientOn, signedByManagerOn: input.signedByManagerOn, phase },
      });
      const signed = (await findPlanVersion(db, c.id, draft.version))!;
      return { plan: toPlan(await withGoals(db, signed)), phase };
    });
  },

  'plans.list': async ({ caseId }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    return withRead(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId);
      const versions = (await listPlanVersions(db, c.id)).map(toSummary);
      return { versions, ...(await planDeadlines(db, c)) };
    });
  },

  'plans.get': async ({ caseId, version }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    return withRead(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId);
      const plan = await findPlanVersion(db, c.id, version);
      if (!plan) throw notFound();
      return toPlan(await withGoals(db, plan));
    });
  },

  'plans.setStepStatus': async ({ stepId, status, doneOn }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const today = todayOf(app);
    const done = status === 'done' ? (doneOn ?? today) : null;
    if (done && compareDates(done, today) > 0) throw invalid('doneOn', ['validation.dateInFuture']);
    return withTransaction(app.handle, async (db) => {
      const found = await findStep(db, stepId);
      if (!found) throw notFound();
      const c = await loadCaseFor(db, actor, found.plan.caseId, { write: true });
      const signed = await findLatestSignedPlan(db, c.id);
      if (!signed || signed.id !== found.plan.id) throw new DomainError('CONFLICT', 'errors.stepNotInSignedPlan');
      await updateStepStatus(db, stepId, status, done);
      await audit(db, app, actor, {
        action: 'plan.stepStatus',
        entityType: 'case',
        entityId: c.id,
        details: { stepId, planId: signed.id, version: signed.version, before: { status: found.step.status, doneOn: found.step.doneOn }, after: { status, doneOn: done } },
      });
      const s = (await findStep(db, stepId))!.step;
      return { id: s.id, position: s.position, text: s.text, who: s.who, dueDate: s.dueDate, status: s.status, doneOn: s.doneOn, planId: signed.id, version: signed.version, caseId: c.id };
    });
  },

  'settings.getTexts': async (_input, { app }) =>
    withRead(app.handle, async (db) => {
      const rows = await listCentreTexts(db);
      return CENTRE_TEXT_KEYS.flatMap((key) =>
        LANGUAGES.map((language) => {
          const row = rows.find((r) => r.key === key && r.language === language);
          return row
            ? { key, language, text: row.text, custom: true, updatedAt: row.updatedAt }
            : { key, language, text: STANDARD_CLIENT_RIGHTS[language], custom: false, updatedAt: null };
        }),
      );
    }),

  'settings.updateText': async ({ key, language, text }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    return withTransaction(app.handle, async (db) => {
      const before = (await findCentreText(db, key, language))?.text ?? STANDARD_CLIENT_RIGHTS[language];
      const updatedAt = app.nowIso();
      await saveCentreText(db, { key, language, text, updatedAt });
      await audit(db, app, actor, { action: 'settings.updateText', entityType: 'centreText', entityId: `${key}:${language}`, details: { key, language, before: { text: before }, after: { text } } });
      return { key, language, text, custom: true, updatedAt };
    });
  },

  'settings.getTiming': async (_input, { app }) => withTransaction(app.handle, timingList),

  'settings.updateTiming': async ({ targetGroup, planMonths, reviewMonths }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    return withTransaction(app.handle, async (db) => {
      const before = await timingFor(db, targetGroup);
      await saveTiming(db, { targetGroup, planMonths, reviewMonths });
      await audit(db, app, actor, { action: 'settings.updateTiming', entityType: 'timing', entityId: targetGroup, details: { before, after: { planMonths, reviewMonths } } });
      return timingList(db);
    });
  },
};
