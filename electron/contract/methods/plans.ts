import { z } from 'zod';
import { defineMethod } from '../define';
import { languageSchema } from '../schemas';
import {
  CENTRE_TEXT_KEYS,
  STEP_STATUSES,
  TIMING_GROUPS,
  casePhaseSchema,
  caseIdSchema,
  dateOut,
  dateSchema,
  longText,
  requiredLongText,
  requiredShortText,
  shortText,
  timingGroupSchema,
} from '../cycle-schemas';

// R5–R7: the Individual Action Plan (for YLC the Independent Living Plan), versioned; a signed
// version is never changed and a later change becomes a new draft version.

export const stepInputSchema = z.object({
  text: requiredShortText,
  who: shortText.default(''),
  dueDate: dateSchema.nullable().default(null),
  status: z.enum(STEP_STATUSES, { error: 'validation.invalid' }).default('open'),
  /** When a step was done; today when a done step comes without one. */
  doneOn: dateSchema.nullable().default(null),
});

export const goalInputSchema = z.object({
  text: requiredShortText,
  steps: z.array(stepInputSchema, { error: 'validation.invalid' }).max(50, { error: 'validation.tooMany' }).default([]),
});

export const savePlanDraftInputSchema = z.object({
  caseId: caseIdSchema,
  /** The language of the client's rights text taken into a new version (default: the centre's language). */
  language: languageSchema.optional(),
  assessmentSummary: longText.default(''),
  goals: z.array(goalInputSchema, { error: 'validation.invalid' }).max(30, { error: 'validation.tooMany' }).default([]),
  services: longText.default(''),
  clientCommitments: longText.default(''),
  centreCommitments: longText.default(''),
});
export type SavePlanDraftInput = z.input<typeof savePlanDraftInputSchema>;

export const planStepSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  who: z.string(),
  dueDate: dateOut.nullable(),
  status: z.enum(STEP_STATUSES),
  doneOn: dateOut.nullable(),
});

export const planGoalSchema = z.object({ id: z.number().int(), position: z.number().int(), text: z.string(), steps: z.array(planStepSchema) });

export const planSummarySchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  version: z.number().int(),
  status: z.enum(['draft', 'signed']),
  signedByClientOn: dateOut.nullable(),
  signedByManagerOn: dateOut.nullable(),
  signedManagerId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const planSchema = planSummarySchema.extend({
  assessmentSummary: z.string(),
  services: z.string(),
  clientCommitments: z.string(),
  centreCommitments: z.string(),
  rightsText: z.string(),
  goals: z.array(planGoalSchema),
});
export type Plan = z.infer<typeof planSchema>;

export const timingSchema = z.object({
  targetGroup: z.enum(TIMING_GROUPS),
  planMonths: z.number().int(),
  reviewMonths: z.number().int(),
});

const months = z.number({ error: 'validation.monthsRange' }).int({ error: 'validation.wholeNumber' }).min(1, { error: 'validation.monthsRange' }).max(24, { error: 'validation.monthsRange' });

export const centreTextSchema = z.object({
  key: z.enum(CENTRE_TEXT_KEYS),
  language: languageSchema,
  text: z.string(),
  /** False while the built-in standard text is in use. */
  custom: z.boolean(),
  updatedAt: z.string().nullable(),
});

const caseManagerOrSupervisor = ['case_manager', 'supervisor'] as const;
const admin = ['admin'] as const;

export const planMethods = {
  /** Edits the open draft, or starts version + 1 as a draft when the latest version is signed (R6). */
  'plans.saveDraft': defineMethod({ input: savePlanDraftInputSchema, output: planSchema, access: caseManagerOrSupervisor }),
  /** Both signatures dated, none in the future (R5); the signed version is frozen from then on. */
  'plans.sign': defineMethod({
    input: z.object({
      caseId: caseIdSchema,
      signedByClientOn: dateSchema,
      signedByManagerOn: dateSchema,
      /** Move a case in the planning phase on to implementation. */
      advance: z.boolean({ error: 'validation.invalid' }).default(false),
    }),
    output: z.object({ plan: planSchema, phase: casePhaseSchema }),
    access: caseManagerOrSupervisor,
  }),
  /** Every version, oldest first, with the plan and review deadlines (R7, R10). */
  'plans.list': defineMethod({
    input: z.object({ caseId: caseIdSchema }),
    output: z.object({
      versions: z.array(planSummarySchema),
      /** R7: when the first plan is due; null once a version is signed or while the clock has not started. */
      planDue: dateOut.nullable(),
      /** R10: when the next review is due; null until a version is signed. */
      reviewDue: dateOut.nullable(),
    }),
    access: 'signedIn',
  }),
  /** One version with its goals and steps (the latest when no version is given). */
  'plans.get': defineMethod({
    input: z.object({ caseId: caseIdSchema, version: z.number({ error: 'validation.invalid' }).int().positive().optional() }),
    output: planSchema,
    access: 'signedIn',
  }),
  /** Implementation progress on a step of the latest signed version: not a change of the plan. */
  'plans.setStepStatus': defineMethod({
    input: z.object({
      stepId: caseIdSchema,
      status: z.enum(STEP_STATUSES, { error: 'validation.invalid' }),
      doneOn: dateSchema.nullable().default(null),
    }),
    output: planStepSchema.extend({ planId: z.number().int(), version: z.number().int(), caseId: z.number().int() }),
    access: caseManagerOrSupervisor,
  }),
  'settings.getTexts': defineMethod({ input: z.object({}), output: z.array(centreTextSchema), access: admin }),
  'settings.updateText': defineMethod({
    input: z.object({ key: z.enum(CENTRE_TEXT_KEYS, { error: 'validation.invalid' }), language: languageSchema, text: requiredLongText }),
    output: centreTextSchema,
    access: admin,
  }),
  /** R7/R10 per target group: months to the first plan and between reviews. */
  'settings.getTiming': defineMethod({ input: z.object({}), output: z.array(timingSchema), access: admin }),
  'settings.updateTiming': defineMethod({
    input: z.object({ targetGroup: timingGroupSchema, planMonths: months, reviewMonths: months }),
    output: z.array(timingSchema),
    access: admin,
  }),
};
