import { z } from 'zod';
import { compareDates } from '../../core/calendar-dates';
import { defineMethod } from '../define';
import { calendarDateSchema, idSchema, textSchema } from '../schemas';
import { sectorSchema } from './service-map';

// R9: personal data goes to a provider only with the client's recorded consent for that sharing.
// Case managers (for their clients) and supervisors record and withdraw consent; only a supervisor
// records a documented exception; everyone who may see the client reads them.

export const consentSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  scope: z.enum(['provider', 'sector']),
  providerId: z.number().int().nullable(),
  providerName: z.string().nullable(),
  sector: sectorSchema.nullable(),
  what: z.string(),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  notes: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  withdrawnByName: z.string().nullable(),
  /** Valid today (given, not expired, not withdrawn). */
  validToday: z.boolean(),
});
export type Consent = z.infer<typeof consentSchema>;

export const consentExceptionSchema = z.object({
  id: z.number().int(),
  clientId: z.number().int(),
  providerId: z.number().int(),
  providerName: z.string(),
  reason: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  grantedByName: z.string(),
  createdAt: z.string(),
});
export type ConsentException = z.infer<typeof consentExceptionSchema>;

export const recordConsentInputSchema = z
  .object({
    clientId: idSchema,
    scope: z.enum(['provider', 'sector'], { error: 'validation.invalid' }),
    providerId: idSchema.nullable().default(null),
    sector: sectorSchema.nullable().default(null),
    what: textSchema(1000).min(1, { error: 'validation.required' }),
    givenOn: calendarDateSchema,
    validUntil: calendarDateSchema.nullable().default(null),
    notes: textSchema(2000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.scope === 'provider' && v.providerId === null) ctx.addIssue({ code: 'custom', path: ['providerId'], message: 'validation.required' });
    if (v.scope === 'sector' && v.sector === null) ctx.addIssue({ code: 'custom', path: ['sector'], message: 'validation.required' });
    if (v.validUntil && compareDates(v.validUntil, v.givenOn) < 0) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validation.date' });
  });
export type RecordConsentInput = z.input<typeof recordConsentInputSchema>;

export const recordExceptionInputSchema = z
  .object({
    clientId: idSchema,
    providerId: idSchema,
    /** Why data goes without consent (e.g. a threat to life or health): the documented ground. */
    reason: textSchema(2000).min(10, { error: 'validation.required' }),
    validFrom: calendarDateSchema,
    validUntil: calendarDateSchema,
  })
  .superRefine((v, ctx) => {
    if (compareDates(v.validUntil, v.validFrom) < 0) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validation.date' });
  });
export type RecordExceptionInput = z.input<typeof recordExceptionInputSchema>;

export const consentCheckSchema = z.object({
  allowed: z.boolean(),
  basis: z.enum(['consent', 'exception']).nullable(),
  consentId: z.number().int().nullable(),
  exceptionId: z.number().int().nullable(),
});
export type ConsentCheck = z.infer<typeof consentCheckSchema>;

const workers = ['case_manager', 'supervisor'] as const;

export const consentMethods = {
  'consents.list': defineMethod({
    input: z.object({ clientId: idSchema }),
    output: z.object({ consents: z.array(consentSchema), exceptions: z.array(consentExceptionSchema) }),
    access: 'signedIn',
  }),
  'consents.record': defineMethod({ input: recordConsentInputSchema, output: consentSchema, access: workers }),
  'consents.withdraw': defineMethod({ input: z.object({ id: idSchema, withdrawnOn: calendarDateSchema }), output: consentSchema, access: workers }),
  /** A supervisor's documented exception (audited): a referral to this provider may go without consent in the period. */
  'consents.recordException': defineMethod({ input: recordExceptionInputSchema, output: consentExceptionSchema, access: ['supervisor'] }),
  /** Would a referral to this provider on this date be allowed (R9)? */
  'consents.check': defineMethod({
    input: z.object({ clientId: idSchema, providerId: idSchema, onDate: calendarDateSchema }),
    output: consentCheckSchema,
    access: 'signedIn',
  }),
};
