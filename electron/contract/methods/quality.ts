import { z } from 'zod';
import { defineMethod } from '../define';
import { CERTIFICATION_ITEMS, SCORE_MAX, type CertificationItem } from '../../core/quality/certification';
import { RATING_MAX, RATING_MIN, TABLE3_INDICATORS } from '../../core/quality/performance-indicators';
import { calendarDateSchema, idSchema, textSchema } from '../schemas';

// Issue 7 (R17–R19): the team view's cases per case manager, supervisors' periodic evaluations
// (ILO Table 3), certifications (ILO Table 4) and the centre's quality settings.

export const qualitySettingsSchema = z.object({
  /** R19: the certificate needs a total higher than this. */
  certificationBenchmark: z
    .number({ error: 'validation.required' })
    .int({ error: 'validation.wholeNumber' })
    .min(0, { error: 'validation.invalid' })
    .max(CERTIFICATION_ITEMS.length * SCORE_MAX, { error: 'validation.invalid' }),
  /** R18: a note counts as on time when written within this many days of the contact. */
  documentationDays: z.number({ error: 'validation.required' }).int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.invalid' }).max(60, { error: 'validation.invalid' }),
});
export type QualitySettings = z.infer<typeof qualitySettingsSchema>;

export const caseloadCaseSchema = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  clientName: z.string(),
  intensity: z.enum(['high', 'moderate', 'low']),
  phase: z.string(),
  targetGroup: z.string(),
});
export type CaseloadCase = z.infer<typeof caseloadCaseSchema>;

const comment = textSchema(2000);

export const evaluationInputSchema = z
  .object({
    caseManagerId: idSchema,
    periodFrom: calendarDateSchema,
    periodTo: calendarDateSchema,
    comment: textSchema(10_000).default(''),
    ratings: z
      .array(
        z.object({
          indicator: z.enum(TABLE3_INDICATORS as [string, ...string[]], { error: 'validation.invalid' }),
          rating: z.number({ error: 'validation.required' }).int({ error: 'validation.wholeNumber' }).min(RATING_MIN, { error: 'validation.invalid' }).max(RATING_MAX, { error: 'validation.invalid' }),
          comment: comment.default(''),
        }),
      )
      .max(TABLE3_INDICATORS.length * 2),
  })
  .superRefine((v, ctx) => {
    if (v.periodTo < v.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.invalid' });
    const seen = new Set(v.ratings.map((r) => r.indicator));
    if (seen.size !== v.ratings.length || TABLE3_INDICATORS.some((i) => !seen.has(i)))
      ctx.addIssue({ code: 'custom', path: ['ratings'], message: 'validation.invalid' });
  });

export const evaluationSchema = z.object({
  id: z.number().int(),
  caseManagerId: z.number().int(),
  caseManagerName: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  evaluatorId: z.number().int(),
  evaluatorName: z.string(),
  evaluatedOn: z.string(),
  comment: z.string(),
  ratings: z.array(z.object({ indicator: z.string(), rating: z.number().int(), comment: z.string() })),
  /** Mean rating, to one decimal (display). */
  average: z.number(),
});
export type Evaluation = z.infer<typeof evaluationSchema>;

export const INTRODUCTION_FIELDS = [
  'jobTitle',
  'lengthOfEmployment',
  'areaOfEmployment',
  'employerDetails',
  'supervisor',
  'coreFunctions',
  'weeklyHours',
  'formalTraining',
  'caseManagementTrainingHours',
] as const;
export type IntroductionField = (typeof INTRODUCTION_FIELDS)[number];

const introText = textSchema(2000).default('');
const introductionSchema = z.object(Object.fromEntries(INTRODUCTION_FIELDS.map((f) => [f, introText])) as Record<IntroductionField, typeof introText>);

const scoreSchema = z.number({ error: 'validation.required' }).int({ error: 'validation.wholeNumber' }).min(0, { error: 'validation.invalid' }).max(SCORE_MAX, { error: 'validation.invalid' });
const scoresSchema = z.object(Object.fromEntries(CERTIFICATION_ITEMS.map((i) => [i, scoreSchema])) as Record<CertificationItem, typeof scoreSchema>);

export const certificationInputSchema = z.object({
  caseManagerId: idSchema,
  introduction: introductionSchema,
  scores: scoresSchema,
  generalComments: textSchema(10_000).default(''),
  strengths: textSchema(10_000).default(''),
  risks: textSchema(10_000).default(''),
  recommendations: textSchema(10_000).default(''),
  conclusion: textSchema(10_000).default(''),
});

export const certificationSchema = z.object({
  id: z.number().int(),
  caseManagerId: z.number().int(),
  caseManagerName: z.string(),
  evaluatorId: z.number().int(),
  evaluatorName: z.string(),
  evaluatedOn: z.string(),
  introduction: z.record(z.string(), z.string()),
  scores: z.record(z.string(), z.number().int()),
  total: z.number().int(),
  maxTotal: z.number().int(),
  benchmark: z.number().int(),
  passed: z.boolean(),
  generalComments: z.string(),
  strengths: z.string(),
  risks: z.string(),
  recommendations: z.string(),
  conclusion: z.string(),
});
export type Certification = z.infer<typeof certificationSchema>;

const supervision = ['supervisor', 'admin'] as const;

export const qualityMethods = {
  'quality.getSettings': defineMethod({ input: z.object({}), output: qualitySettingsSchema, access: 'signedIn' }),
  'quality.updateSettings': defineMethod({ input: qualitySettingsSchema, output: qualitySettingsSchema, access: ['admin'] }),
  /** R17 team view: one case manager's open cases, for rebalancing. */
  'quality.caseloadCases': defineMethod({ input: z.object({ caseManagerId: idSchema }), output: z.array(caseloadCaseSchema), access: supervision }),
  /** R18: a supervisor's evaluation of a case manager over a period, every ILO Table 3 indicator rated. */
  'evaluations.create': defineMethod({ input: evaluationInputSchema, output: evaluationSchema, access: ['supervisor'] }),
  /** Newest first. Supervisors and administrators see anyone's; a case manager only their own. */
  /** Without caseManagerId: the caller's own. */
  'evaluations.list': defineMethod({ input: z.object({ caseManagerId: idSchema.optional() }), output: z.array(evaluationSchema), access: 'signedIn' }),
  /** R19: ILO Table 4; the total is compared with the centre's benchmark at the time. */
  'certifications.create': defineMethod({ input: certificationInputSchema, output: certificationSchema, access: ['supervisor'] }),
  'certifications.list': defineMethod({ input: z.object({ caseManagerId: idSchema.optional() }), output: z.array(certificationSchema), access: 'signedIn' }),
};
