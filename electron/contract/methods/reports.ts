import { z } from 'zod';
import { TARGET_GROUPS } from '../../core/case-enums';
import { OTHER_ELIGIBILITY_REASON } from '../../core/eligibility';
import { PROCESS_INDICATORS } from '../../core/quality/process-indicators';
import { defineMethod } from '../define';
import { calendarDateSchema, idSchema } from '../schemas';

// R18/R20: the management reports dashboard and the computed process indicators. Everyone signed in
// may call them; a case manager gets the figures of their own cases only (the service decides).

export { PROCESS_INDICATORS };
export const REPORTS = ['openCases', 'intakesClosures', 'closureReasons', 'eligibility', 'timeliness', 'referrals', 'caseload', 'processIndicators'] as const;
export type ReportName = (typeof REPORTS)[number];

export const reportFiltersSchema = z
  .object({
    from: calendarDateSchema,
    to: calendarDateSchema,
    targetGroup: z.enum(TARGET_GROUPS, { error: 'validation.targetGroup' }).optional(),
    caseManagerId: idSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.invalid' });
  });
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

const count = z.number().int().nonnegative();

export { OTHER_ELIGIBILITY_REASON };

export const dashboardSchema = z.object({
  openCases: z.array(z.object({ targetGroup: z.enum(TARGET_GROUPS), phase: z.string(), n: count })),
  intakesClosures: z.array(z.object({ month: z.string(), intakes: count, closures: count })),
  closureReasons: z.array(z.object({ reason: z.string(), n: count })),
  /** R2/R3: eligibility decisions made in the period, per target group. */
  eligibility: z.array(z.object({ targetGroup: z.enum(TARGET_GROUPS), eligible: count, notEligible: count })),
  /** The not-eligible ones by reason: a rule's code (cases.eligibility.reasons), or OTHER_ELIGIBILITY_REASON for every reason a worker wrote. */
  notEligibleReasons: z.array(z.object({ reason: z.string(), n: count })),
  timeliness: z.object({
    plans: z.object({ onTime: count, late: count }),
    reviews: z.object({ onTime: count, late: count }),
  }),
  referrals: z.array(z.object({ sector: z.string(), status: z.string(), n: count })),
  /** caseManagerId null: cases nobody is assigned to. */
  caseload: z.array(z.object({ caseManagerId: z.number().int().nullable(), fullName: z.string(), high: count, moderate: count, low: count, total: count })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

const figureSchema = z.object({
  numerator: count,
  denominator: count,
  /** The cases behind the figure; met = the case met the indicator for that item. */
  cases: z.array(z.object({ caseId: z.number().int(), caseNumber: z.string(), met: z.boolean() })),
});
export type IndicatorFigure = z.infer<typeof figureSchema>;

const indicatorRowSchema = z.object(Object.fromEntries(PROCESS_INDICATORS.map((k) => [k, figureSchema])) as Record<(typeof PROCESS_INDICATORS)[number], typeof figureSchema>);
export type IndicatorRowOut = z.infer<typeof indicatorRowSchema>;

export const processIndicatorsSchema = z.object({
  documentationDays: z.number().int(),
  centre: indicatorRowSchema,
  managers: z.array(z.object({ caseManagerId: z.number().int(), fullName: z.string(), row: indicatorRowSchema })),
});
export type ProcessIndicatorsOut = z.infer<typeof processIndicatorsSchema>;

export const reportsMethods = {
  'reports.dashboard': defineMethod({ input: reportFiltersSchema, output: dashboardSchema, access: 'signedIn' }),
  'reports.processIndicators': defineMethod({ input: reportFiltersSchema, output: processIndicatorsSchema, access: 'signedIn' }),
  /** One report as a file to save: XLSX or CSV (UTF-8), in the caller's language. */
  'reports.export': defineMethod({
    input: z.object({
      report: z.enum(REPORTS, { error: 'validation.invalid' }),
      format: z.enum(['xlsx', 'csv'], { error: 'validation.invalid' }),
      filters: reportFiltersSchema,
    }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
    access: 'signedIn',
  }),
};
