import { insertAssessment, listAssessments, type AssessmentWithDomains } from '../../db/repositories/assessments';
import { withRead, withTransaction } from '../../db/transaction';
import { compareDates } from '../core/calendar-dates';
import { ASSESSMENT_DOMAINS, type AssessmentDomain } from '../contract/cycle-schemas';
import type { Assessment } from '../contract/methods/assessments';
import { requireUser, type HandlerGroup } from './call-context';
import { loadCaseFor } from './case-access';
import { advanceCase } from './cases';
import { audit, todayOf } from './cycle-common';
import { DomainError, invalid } from './errors';

// R4: a dated assessment of needs and aspirations with a risk screening in all twelve domains.
// A reassessment adds a new assessment; earlier ones are never changed.

export function toAssessment(a: AssessmentWithDomains): Assessment {
  const byDomain = new Map(a.domains.map((d) => [d.domain, d]));
  const domains = Object.fromEntries(
    ASSESSMENT_DOMAINS.map((d) => {
      const row = byDomain.get(d);
      return [d, { needLevel: row?.needLevel ?? 'none', risk: row?.risk ?? false, notes: row?.notes ?? '' }];
    }),
  ) as Assessment['domains'];
  return {
    id: a.id,
    caseId: a.caseId,
    assessedOn: a.assessedOn,
    assessedBy: a.assessedBy,
    assessedByName: a.assessedByName,
    aspirations: a.aspirations,
    summary: a.summary,
    domains,
    riskDomains: ASSESSMENT_DOMAINS.filter((d: AssessmentDomain) => domains[d].risk),
    createdAt: a.createdAt,
  };
}

export const assessmentHandlers: HandlerGroup<'assessments.create' | 'assessments.list'> = {
  'assessments.create': async (input, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    const today = todayOf(app);
    if (compareDates(input.assessedOn, today) > 0) throw invalid('assessedOn', ['validation.dateInFuture']);
    return withTransaction(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, input.caseId, { write: true });
      // Eligibility is decided first (R2, R3): an intake is not assessed.
      if (c.phase === 'intake') throw new DomainError('CONFLICT', 'errors.eligibilityFirst');
      const now = app.nowIso();
      const id = await insertAssessment(
        db,
        { caseId: c.id, assessedOn: input.assessedOn, assessedBy: actor.id, aspirations: input.aspirations, summary: input.summary, createdAt: now },
        ASSESSMENT_DOMAINS.map((d) => ({ domain: d, needLevel: input.domains[d].needLevel, risk: input.domains[d].risk, notes: input.domains[d].notes })),
      );
      // Only a case in the assessment phase moves on; in any other phase this is a reassessment.
      const phase = input.advance && c.phase === 'assessment' ? await advanceCase(db, c, 'planning', now) : c.phase;
      const risks = ASSESSMENT_DOMAINS.filter((d) => input.domains[d].risk);
      await audit(db, app, actor, {
        action: 'assessment.create',
        entityType: 'case',
        entityId: c.id,
        details: { assessmentId: id, assessedOn: input.assessedOn, riskDomains: risks, phase },
      });
      const created = (await listAssessments(db, c.id)).find((a) => a.id === id)!;
      return { assessment: toAssessment(created), phase };
    });
  },

  'assessments.list': async ({ caseId }, ctx) => {
    const { app } = ctx;
    const actor = requireUser(ctx);
    return withRead(app.handle, async (db) => {
      const c = await loadCaseFor(db, actor, caseId);
      return (await listAssessments(db, c.id)).map(toAssessment);
    });
  },
};
