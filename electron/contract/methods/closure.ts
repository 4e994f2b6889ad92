import { z } from 'zod';
import { defineMethod } from '../define';
import { CLOSURE_REASONS, CLOSURE_STATUSES, casePhaseSchema, caseIdSchema, dateOut, longText, requiredLongText, requiredShortText } from '../cycle-schemas';

// R14 (ILO Table 2): the case manager requests closure, a supervisor authorises it or returns it.
// A case is closed only by closure.authorise.

export const requestClosureInputSchema = z
  .object({
    caseId: caseIdSchema,
    reason: z.enum(CLOSURE_REASONS, { error: 'validation.closureReason' }),
    /** Required when the reason is 'other'. */
    reasonOther: z.string({ error: 'validation.invalid' }).trim().max(500, { error: 'validation.tooLong' }).default(''),
    details: longText.default(''),
    /** Required when the case was transferred: where to, whom, when. */
    transferDetails: longText.default(''),
    /** Required when the client refused or was absent. */
    refusalReasons: longText.default(''),
    clientInvolved: z.boolean({ error: 'validation.required' }),
    clientAgrees: z.boolean({ error: 'validation.required' }),
    contactLeft: z.boolean({ error: 'validation.required' }),
    /** A service evaluation is completed with each closure. */
    serviceEvaluation: requiredLongText,
  })
  .superRefine((v, ctx) => {
    const need = (ok: boolean, path: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message: 'validation.required' });
    };
    if (v.reason === 'other') need(v.reasonOther !== '', 'reasonOther');
    if (v.reason === 'transferred') need(v.transferDetails !== '', 'transferDetails');
    if (v.reason === 'refusal') need(v.refusalReasons !== '', 'refusalReasons');
  });
export type RequestClosureInput = z.input<typeof requestClosureInputSchema>;

export const closureSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  caseNumber: z.string(),
  clientName: z.string(),
  reason: z.enum(CLOSURE_REASONS),
  reasonOther: z.string(),
  details: z.string(),
  transferDetails: z.string(),
  refusalReasons: z.string(),
  clientInvolved: z.boolean(),
  clientAgrees: z.boolean(),
  contactLeft: z.boolean(),
  serviceEvaluation: z.string(),
  requestedFromPhase: casePhaseSchema,
  requestedBy: z.number().int(),
  requestedByName: z.string(),
  requestedOn: dateOut,
  status: z.enum(CLOSURE_STATUSES),
  decidedBy: z.number().int().nullable(),
  decidedByName: z.string().nullable(),
  decidedOn: dateOut.nullable(),
  returnComment: z.string(),
  createdAt: z.string(),
});
export type Closure = z.infer<typeof closureSchema>;

const decided = z.object({ closure: closureSchema, phase: casePhaseSchema });
const supervisor = ['supervisor'] as const;

export const closureMethods = {
  /** By the case's own case manager; the case stays in its phase with the closure pending. */
  'closure.request': defineMethod({ input: requestClosureInputSchema, output: closureSchema, access: ['case_manager'] }),
  /** By a supervisor other than the one who asked: the case is closed and read-only from then on. */
  'closure.authorise': defineMethod({ input: z.object({ caseId: caseIdSchema }), output: decided, access: supervisor }),
  /** Back to the case manager with a comment; the case continues where it was. */
  'closure.return': defineMethod({ input: z.object({ caseId: caseIdSchema, comment: requiredShortText }), output: decided, access: supervisor }),
  /** Requests awaiting authorisation, oldest first. */
  'closure.pending': defineMethod({ input: z.object({}), output: z.array(closureSchema), access: supervisor }),
  /** Every closure request of a case, newest first. */
  'closure.list': defineMethod({ input: z.object({ caseId: caseIdSchema }), output: z.array(closureSchema), access: 'signedIn' }),
};
