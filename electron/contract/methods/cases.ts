import { z } from 'zod';
import { PHASES, type OpenPhase } from '../../core/case-phases';
import { ENTRY_POINTS, TARGET_GROUPS, entryPointNeedsText, isEntryPointFor } from '../../core/entry-points';
import { defineMethod } from '../define';
import { calendarDateSchema, idSchema, pageShape, textSchema } from '../schemas';
import { SEXES } from './clients';

export const INTENSITIES = ['high', 'moderate', 'low'] as const;
export const YLC_CRITERIA = ['a', 'b', 'c', 'd'] as const;
export const OPEN_PHASES = ['intake', 'assessment', 'planning', 'implementation', 'review'] as const satisfies readonly OpenPhase[];

export const targetGroupSchema = z.enum(TARGET_GROUPS, { error: 'validation.targetGroup' });
export const entryPointSchema = z.enum(ENTRY_POINTS as [string, ...string[]], { error: 'validation.entryPoint' });
export const intensitySchema = z.enum(INTENSITIES, { error: 'validation.intensity' });
export const phaseSchema = z.enum(PHASES, { error: 'validation.phase' });
export const ylcCriterionSchema = z.enum(YLC_CRITERIA, { error: 'validation.ylcCriterion' });

type GroupFields = {
  targetGroup: (typeof TARGET_GROUPS)[number];
  entryPoint: string;
  entryPointOther?: string;
  releaseDate?: string | null;
  prison?: string;
  prisonSocialWorker?: string;
  coordinatorAppointedOn?: string | null;
};

/** R1: the entry point must be one offered for the group, 'other' says what; group-only fields stay with their group. */
export function groupFieldIssues(v: GroupFields): { path: string; messageKey: string }[] {
  const issues: { path: string; messageKey: string }[] = [];
  if (!isEntryPointFor(v.targetGroup, v.entryPoint)) issues.push({ path: 'entryPoint', messageKey: 'validation.entryPointForGroup' });
  if (entryPointNeedsText(v.entryPoint) && !v.entryPointOther?.trim()) issues.push({ path: 'entryPointOther', messageKey: 'validation.required' });
  if (v.targetGroup !== 'PLP') {
    for (const k of ['releaseDate', 'prison', 'prisonSocialWorker'] as const) if (v[k]) issues.push({ path: k, messageKey: 'validation.onlyForPlp' });
  }
  if (v.targetGroup !== 'YLC' && v.coordinatorAppointedOn) issues.push({ path: 'coordinatorAppointedOn', messageKey: 'validation.onlyForYlc' });
  return issues;
}

const intakeShape = {
  entryPoint: entryPointSchema,
  entryPointOther: textSchema(300).default(''),
  referrerName: textSchema(200).default(''),
  referrerContact: textSchema(300).default(''),
  intakeDate: calendarDateSchema,
  /** Must be an active case manager; a case manager who is no supervisor can only name themselves. */
  caseManagerId: idSchema.nullable().optional(),
  assignedOn: calendarDateSchema.nullable().optional(),
  intensity: intensitySchema.default('moderate'),
};

/** The fields of one target group only: PLP release details, the YLC coordinator's appointment. */
const groupShape = {
  // PLP (R2, R11)
  releaseDate: calendarDateSchema.nullable().optional(),
  prison: textSchema(200).default(''),
  prisonSocialWorker: textSchema(200).default(''),
  // YLC (R3, R7)
  coordinatorAppointedOn: calendarDateSchema.nullable().optional(),
};

export const createCaseInputSchema = z
  .object({ clientId: idSchema, targetGroup: targetGroupSchema, ...intakeShape, ...groupShape })
  .superRefine((v, ctx) => {
    for (const i of groupFieldIssues(v)) ctx.addIssue({ code: 'custom', path: [i.path], message: i.messageKey });
  });
export type CreateCaseInput = z.input<typeof createCaseInputSchema>;

/** Only the fields sent change; the target group only while the case is at intake. */
export const updateCaseInputSchema = z.object({
  id: idSchema,
  targetGroup: targetGroupSchema.optional(),
  entryPoint: entryPointSchema.optional(),
  entryPointOther: textSchema(300).optional(),
  referrerName: textSchema(200).optional(),
  referrerContact: textSchema(300).optional(),
  intakeDate: calendarDateSchema.optional(),
  intensity: intensitySchema.optional(),
  releaseDate: calendarDateSchema.nullable().optional(),
  prison: textSchema(200).optional(),
  prisonSocialWorker: textSchema(200).optional(),
  coordinatorAppointedOn: calendarDateSchema.nullable().optional(),
  /** R12: YLC termination grounds the program helps record. */
  unreachableSince: calendarDateSchema.nullable().optional(),
  neetSince: calendarDateSchema.nullable().optional(),
});
export type UpdateCaseInput = z.input<typeof updateCaseInputSchema>;

/**
 * R15: a new episode for the client of a closed case (`id`), linked to their latest closed case. The
 * target group is that case's unless another is given (a person may return under another group).
 */
export const reopenCaseInputSchema = z.object({ id: idSchema, targetGroup: targetGroupSchema.optional(), ...intakeShape, ...groupShape });
export type ReopenCaseInput = z.input<typeof reopenCaseInputSchema>;

/**
 * R2/R3: what the decision rests on depends on the case's group. PLP: servesArrestSentence;
 * YLC: the criterion (age is taken on the intake date); PWD/OTHER: eligible, with a reason when not.
 */
export const decideEligibilityInputSchema = z.object({
  id: idSchema,
  servesArrestSentence: z.boolean({ error: 'validation.required' }).optional(),
  criterion: ylcCriterionSchema.nullable().optional(),
  eligible: z.boolean({ error: 'validation.required' }).optional(),
  reason: textSchema(1000).default(''),
});
export type DecideEligibilityInput = z.input<typeof decideEligibilityInputSchema>;

export const eligibilityDecisionSchema = z.object({
  id: z.number().int(),
  decidedOn: z.string(),
  decidedBy: z.number().int(),
  decidedByName: z.string(),
  eligible: z.boolean(),
  criterion: z.string().nullable(),
  /** A rule's reason code (arrestSentence, under16, over24, noCriterion, criterionDUnder18) or the worker's text. */
  reason: z.string(),
  createdAt: z.string(),
});
export type EligibilityDecision = z.infer<typeof eligibilityDecisionSchema>;

export const caseSummarySchema = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  clientId: z.number().int(),
  clientName: z.string(),
  targetGroup: targetGroupSchema,
  phase: phaseSchema,
  intakeDate: z.string(),
  intensity: intensitySchema,
  caseManagerId: z.number().int().nullable(),
  caseManagerName: z.string().nullable(),
  closedOn: z.string().nullable(),
  previousCaseId: z.number().int().nullable(),
  /** R15: a reopened episode counts as a return. */
  isReturn: z.boolean(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseSchema = caseSummarySchema.extend({
  entryPoint: z.string(),
  entryPointOther: z.string(),
  referrerName: z.string(),
  referrerContact: z.string(),
  assignedOn: z.string().nullable(),
  coordinatorAppointedOn: z.string().nullable(),
  servesArrestSentence: z.boolean().nullable(),
  releaseDate: z.string().nullable(),
  prison: z.string(),
  prisonSocialWorker: z.string(),
  ylcCriterion: z.enum(YLC_CRITERIA).nullable(),
  unreachableSince: z.string().nullable(),
  neetSince: z.string().nullable(),
  /** A closure request waits for a supervisor (R14). */
  closurePending: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDetails = z.infer<typeof caseSchema>;

export const caseClientSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  personalCodeMasked: z.string().nullable(),
});

export const CASE_SORTS = ['intakeDateDesc', 'caseNumber'] as const;

const workers = ['case_manager', 'supervisor'] as const;
const readers = ['case_manager', 'supervisor', 'admin'] as const;

/** The case file as opened: the case, whose it is, and the eligibility decisions taken at intake. */
export const caseFileSchema = z.object({ case: caseSchema, client: caseClientSchema, eligibility: z.array(eligibilityDecisionSchema) });
export type CaseFile = z.infer<typeof caseFileSchema>;

export const caseMethods = {
  /** Intake (R1). Case number CENTRE-YYYY-NNNNN; one open case per client; phase intake. */
  'cases.create': defineMethod({ input: createCaseInputSchema, output: caseSchema, access: workers }),
  /** A supervisor gives the case to a case manager (from a date). */
  'cases.assign': defineMethod({
    input: z.object({ id: idSchema, caseManagerId: idSchema, assignedOn: calendarDateSchema.optional() }),
    output: caseSchema,
    access: ['supervisor'],
  }),
  /** The case file: the case, a client summary and the eligibility decisions; the view is audited. */
  'cases.get': defineMethod({
    input: z.object({ id: idSchema }),
    output: caseFileSchema,
    access: readers,
  }),
  /** A case manager sees their own cases; supervisors and administrators all. */
  'cases.list': defineMethod({
    input: z.object({
      phase: phaseSchema.optional(),
      targetGroup: targetGroupSchema.optional(),
      caseManagerId: idSchema.optional(),
      sort: z.enum(CASE_SORTS, { error: 'validation.invalid' }).default('intakeDateDesc'),
      ...pageShape,
    }),
    output: z.object({ total: z.number().int(), items: z.array(caseSummarySchema) }),
    access: readers,
  }),
  'cases.update': defineMethod({ input: updateCaseInputSchema, output: caseSchema, access: workers }),
  /** One step round the cycle (electron/core/case-phases.ts); intake is left by the eligibility decision. */
  'cases.advancePhase': defineMethod({ input: z.object({ id: idSchema, to: z.enum(OPEN_PHASES, { error: 'validation.phase' }) }), output: caseSchema, access: workers }),
  /** R2/R3: eligible moves the case to assessment; not eligible closes the intake with the reason. */
  'cases.decideEligibility': defineMethod({
    input: decideEligibilityInputSchema,
    output: z.object({ case: caseSchema, decision: eligibilityDecisionSchema }),
    access: workers,
  }),
  /** R15: a new case (new number, intake) linked to the client's closed latest case. */
  'cases.reopen': defineMethod({ input: reopenCaseInputSchema, output: caseSchema, access: workers }),
};
