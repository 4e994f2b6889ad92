import { z } from 'zod';
import { defineMethod } from '../define';
import {
  ASSESSMENT_DOMAINS,
  NEED_LEVELS,
  casePhaseSchema,
  caseIdSchema,
  dateOut,
  dateSchema,
  longText,
  type AssessmentDomain,
} from '../cycle-schemas';

// R4: a dated assessment of needs and aspirations with a risk screening in every domain.

export const domainAssessmentInput = z.object(
  {
    needLevel: z.enum(NEED_LEVELS, { error: 'validation.needLevel' }),
    risk: z.boolean({ error: 'validation.invalid' }).default(false),
    notes: longText.default(''),
  },
  { error: 'validation.required' },
);

const perDomain = <T extends z.ZodType>(entry: T) =>
  z.object(Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, entry])) as Record<AssessmentDomain, T>, { error: 'validation.required' });

export const domainAssessmentSchema = z.object({ needLevel: z.enum(NEED_LEVELS), risk: z.boolean(), notes: z.string() });

export const assessmentSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  assessedOn: dateOut,
  assessedBy: z.number().int(),
  assessedByName: z.string(),
  aspirations: z.string(),
  summary: z.string(),
  domains: perDomain(domainAssessmentSchema),
  /** The domains screened as a risk, in the standard order. */
  riskDomains: z.array(z.enum(ASSESSMENT_DOMAINS)),
  createdAt: z.string(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const createAssessmentInputSchema = z.object({
  caseId: caseIdSchema,
  assessedOn: dateSchema,
  /** Every one of the twelve domains (R4), each with a need level, a risk flag and notes. */
  domains: perDomain(domainAssessmentInput),
  aspirations: longText.default(''),
  summary: longText.default(''),
  /** Move a case in the assessment phase on to planning. Never implied: phase moves are explicit. */
  advance: z.boolean({ error: 'validation.invalid' }).default(false),
});
export type CreateAssessmentInput = z.input<typeof createAssessmentInputSchema>;

export const assessmentMethods = {
  'assessments.create': defineMethod({
    input: createAssessmentInputSchema,
    output: z.object({ assessment: assessmentSchema, phase: casePhaseSchema }),
    access: ['case_manager', 'supervisor'],
  }),
  /** Newest first; earlier assessments stay (a reassessment adds a new one). */
  'assessments.list': defineMethod({ input: z.object({ caseId: caseIdSchema }), output: z.array(assessmentSchema), access: 'signedIn' }),
};
