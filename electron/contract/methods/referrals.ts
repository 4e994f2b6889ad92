import { z } from 'zod';
import { REFERRAL_STATUSES } from '../../core/referrals';
import { defineMethod } from '../define';
import { calendarDateSchema, idSchema, textSchema } from '../schemas';

// R8: a referral holds every field of the ILO referral form (Table 1) and is tracked
// sent → accepted / declined → completed, each step with a date and who recorded it.

const line = textSchema(500).default('');
const para = textSchema(4000).default('');

/** ILO Table 1, section by section. The form is stored as sent, so the printout never changes. */
export const referralFormShape = {
  // General information (date and contacts in case of questions)
  referralDate: calendarDateSchema,
  centreName: line,
  centreContacts: line,
  // Personal information of the client
  clientName: textSchema(300).min(1, { error: 'validation.required' }),
  clientAddress: line,
  clientContacts: line,
  /** Age, gender, family status and other relevant personal information. */
  clientPersonalInfo: para,
  caregiver: line,
  // Information about the client
  languageSkills: line,
  vulnerabilityStatus: para,
  familySituation: para,
  // Reasons for referral
  reasons: textSchema(4000).min(1, { error: 'validation.required' }),
  // The service provider
  providerName: textSchema(300).min(1, { error: 'validation.required' }),
  providerAddress: line,
  providerContacts: line,
  providerContactPerson: line,
  /** Other information on the organisation / service (the service referred to). */
  providerOther: para,
  // Referral measures and the monitoring protocol
  measures: para,
  monitoringProtocol: para,
  // Current support / services
  currentSupport: para,
  // Consent and data protection
  consentStatement: para,
  // The case manager facilitating the referral
  caseManagerName: line,
  caseManagerContacts: line,
  // Notes and comments
  notes: para,
};
export const referralFormSchema = z.object(referralFormShape);
export type ReferralForm = z.output<typeof referralFormSchema>;
export const REFERRAL_FORM_FIELDS = Object.keys(referralFormShape) as (keyof ReferralForm)[];

export const referralStatusSchema = z.enum(REFERRAL_STATUSES, { error: 'validation.invalid' });

export const referralSchema = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  caseNumber: z.string(),
  clientId: z.number().int(),
  planStepId: z.number().int().nullable(),
  planStepText: z.string().nullable(),
  providerId: z.number().int(),
  providerName: z.string(),
  serviceId: z.number().int().nullable(),
  serviceName: z.string().nullable(),
  form: z.record(z.string(), z.string()),
  basis: z.enum(['consent', 'exception']),
  status: referralStatusSchema,
  sentOn: z.string(),
  sentByName: z.string(),
  followUpOn: z.string(),
  acceptedOn: z.string().nullable(),
  acceptedByName: z.string().nullable(),
  declinedOn: z.string().nullable(),
  declinedByName: z.string().nullable(),
  declineReason: z.string(),
  completedOn: z.string().nullable(),
  completedByName: z.string().nullable(),
  outcome: z.string(),
  /** Sent and not answered by the follow-up date. */
  awaitingAnswer: z.boolean(),
});
export type Referral = z.infer<typeof referralSchema>;

const targetShape = {
  caseId: idSchema,
  providerId: idSchema,
  serviceId: idSchema.nullable().default(null),
  planStepId: idSchema.nullable().default(null),
};

export const referralPrefillSchema = z.object({
  /** A draft for the person to complete: the reasons may still be empty (a referral from the case, not a plan step). */
  form: referralFormSchema.extend({ reasons: z.string() }),
  /** Facts the screen turns into text in the chosen language (age, sex, consent wording). */
  facts: z.object({
    birthDate: z.string().nullable(),
    age: z.number().int().nullable(),
    sex: z.enum(['F', 'M']).nullable(),
    targetGroup: z.string(),
    serviceName: z.string().nullable(),
  }),
  consent: z.object({
    allowed: z.boolean(),
    basis: z.enum(['consent', 'exception']).nullable(),
    what: z.string().nullable(),
    givenOn: z.string().nullable(),
    validUntil: z.string().nullable(),
    exceptionReason: z.string().nullable(),
  }),
  followUpOn: z.string(),
});
export type ReferralPrefill = z.infer<typeof referralPrefillSchema>;

export const sendReferralInputSchema = z.object({
  ...targetShape,
  form: referralFormSchema,
  /** Defaults to the referral date + the follow-up days setting. */
  followUpOn: calendarDateSchema.nullable().default(null),
});
export type SendReferralInput = z.input<typeof sendReferralInputSchema>;

export const setReferralStatusInputSchema = z.object({
  id: idSchema,
  status: z.enum(['accepted', 'declined', 'completed'], { error: 'validation.invalid' }),
  on: calendarDateSchema,
  /** Required when declined. */
  reason: textSchema(2000).default(''),
  outcome: textSchema(2000).default(''),
  /** When completing a referral made from a plan step: mark the step done. */
  markStepDone: z.boolean({ error: 'validation.invalid' }).default(false),
});
export type SetReferralStatusInput = z.input<typeof setReferralStatusInputSchema>;

const workers = ['case_manager', 'supervisor'] as const;

export const referralMethods = {
  /** The ILO form prefilled from the client, case, provider, service, consent and case manager. */
  'referrals.prefill': defineMethod({ input: z.object(targetShape), output: referralPrefillSchema, access: workers }),
  /** Sends (records) a referral; refused without a consent or exception covering the provider on the referral date (R9). */
  'referrals.send': defineMethod({ input: sendReferralInputSchema, output: referralSchema, access: workers }),
  'referrals.list': defineMethod({ input: z.object({ caseId: idSchema }), output: z.array(referralSchema), access: 'signedIn' }),
  'referrals.get': defineMethod({ input: z.object({ id: idSchema }), output: referralSchema, access: 'signedIn' }),
  'referrals.setStatus': defineMethod({ input: setReferralStatusInputSchema, output: referralSchema, access: workers }),
  'referrals.setFollowUp': defineMethod({ input: z.object({ id: idSchema, followUpOn: calendarDateSchema }), output: referralSchema, access: workers }),
};
