import { z } from 'zod';
import { groupFieldIssues, intensitySchema, targetGroupSchema, type CaseDetails, type CreateCaseInput } from '../../../../electron/contract/methods/cases';
import { calendarDateSchema, textSchema } from '../../../../electron/contract/schemas';
import { isValidDate } from '../../../../electron/core/calendar-dates';
import { formatDate } from '../../../../electron/core/dates';

// The intake form (R1, no wrong door) holds strings; '' means "not given". Fields of another target
// group are dropped on the way out, so switching the group never leaves stray PLP or YLC data.

const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidDate(v), { error: 'validation.date' });

export const intakeFormSchema = z
  .object({
    targetGroup: targetGroupSchema,
    entryPoint: z.string().min(1, { error: 'validation.required' }),
    entryPointOther: textSchema(300),
    referrerName: textSchema(200),
    referrerContact: textSchema(300),
    intakeDate: calendarDateSchema,
    /** '' for nobody yet, else the user id as text (Select values are strings). */
    caseManagerId: z.string(),
    assignedOn: optionalDate,
    intensity: intensitySchema,
    releaseDate: optionalDate,
    prison: textSchema(200),
    prisonSocialWorker: textSchema(200),
    coordinatorAppointedOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    const issues = groupFieldIssues({ targetGroup: v.targetGroup, entryPoint: v.entryPoint, entryPointOther: v.entryPointOther });
    for (const i of issues) if (v.entryPoint !== '' || i.path !== 'entryPoint') ctx.addIssue({ code: 'custom', path: [i.path], message: i.messageKey });
  });

export type IntakeFormInput = z.input<typeof intakeFormSchema>;
export type IntakeFormValues = z.output<typeof intakeFormSchema>;

export function emptyIntake(caseManagerId: number | null, targetGroup: IntakeFormInput['targetGroup'] = 'PLP'): IntakeFormInput {
  return {
    targetGroup,
    entryPoint: '',
    entryPointOther: '',
    referrerName: '',
    referrerContact: '',
    intakeDate: formatDate(new Date()),
    caseManagerId: caseManagerId ? String(caseManagerId) : '',
    assignedOn: '',
    intensity: 'moderate',
    releaseDate: '',
    prison: '',
    prisonSocialWorker: '',
    coordinatorAppointedOn: '',
  };
}

export function caseToIntake(c: CaseDetails): IntakeFormInput {
  return {
    targetGroup: c.targetGroup,
    entryPoint: c.entryPoint,
    entryPointOther: c.entryPointOther,
    referrerName: c.referrerName,
    referrerContact: c.referrerContact,
    intakeDate: c.intakeDate,
    caseManagerId: c.caseManagerId ? String(c.caseManagerId) : '',
    assignedOn: c.assignedOn ?? '',
    intensity: c.intensity,
    releaseDate: c.releaseDate ?? '',
    prison: c.prison,
    prisonSocialWorker: c.prisonSocialWorker,
    coordinatorAppointedOn: c.coordinatorAppointedOn ?? '',
  };
}

/** The fields every intake has (also what reopening takes). */
export function toIntakeShape(v: IntakeFormValues) {
  const manager = v.caseManagerId ? Number(v.caseManagerId) : null;
  return {
    entryPoint: v.entryPoint,
    entryPointOther: v.entryPoint === 'other' ? v.entryPointOther : '',
    referrerName: v.referrerName,
    referrerContact: v.referrerContact,
    intakeDate: v.intakeDate,
    caseManagerId: manager,
    assignedOn: manager ? v.assignedOn || v.intakeDate : null,
    intensity: v.intensity,
  };
}

/** The group's own fields: PLP release details, the YLC coordinator's appointment; nothing for the others. */
export function groupFields(v: IntakeFormValues) {
  return {
    releaseDate: v.targetGroup === 'PLP' ? v.releaseDate || null : null,
    prison: v.targetGroup === 'PLP' ? v.prison : '',
    prisonSocialWorker: v.targetGroup === 'PLP' ? v.prisonSocialWorker : '',
    coordinatorAppointedOn: v.targetGroup === 'YLC' ? v.coordinatorAppointedOn || null : null,
  };
}

export function toCreateCaseInput(clientId: number, v: IntakeFormValues): CreateCaseInput {
  return { clientId, targetGroup: v.targetGroup, ...toIntakeShape(v), ...groupFields(v) };
}
