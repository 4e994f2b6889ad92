import { z } from 'zod';
import { resolveIdentity, type IdentityInput } from '../../core/client-identity';
import { defineMethod } from '../define';
import { calendarDateSchema, idSchema, pageShape, personNameSchema, textSchema } from '../schemas';

// R1: a person is registered once. The personal code is optional (foreign nationals have none);
// when given it is validated and it decides the birth date and sex.

export const SEXES = ['F', 'M'] as const;
export const sexSchema = z.enum(SEXES, { error: 'validation.sex' });

/** Empty or blank means "no code"; otherwise it must be a valid asmens kodas (issue validation.personalCode.<reason>). */
export const personalCodeSchema = z
  .string({ error: 'validation.invalid' })
  .max(40, { error: 'validation.personalCode.format' })
  .nullable()
  .transform((v) => {
    const s = (v ?? '').replace(/\s+/g, '');
    return s === '' ? null : s;
  });

const emailSchema = textSchema(200).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'validation.email' });

/** The fields a client record holds beyond identity; all optional free text. */
const detailShape = {
  address: textSchema(300),
  phone: textSchema(60),
  email: emailSchema,
  /** Languages the person speaks (ILO Table 1: language skills). */
  languages: textSchema(200),
  familySituation: textSchema(2000),
  /** Caregiver or guardian, with contacts. */
  caregiver: textSchema(500),
  vulnerabilityNotes: textSchema(2000),
};

type IdentityFields = { personalCode?: string | null; birthDate?: string | null; sex?: 'F' | 'M' | null };

/** Code, birth date and sex must agree; reported on the field that disagrees. */
function checkIdentity(value: IdentityFields, ctx: z.RefinementCtx): void {
  const input: IdentityInput = { personalCode: value.personalCode ?? null, birthDate: value.birthDate ?? null, sex: value.sex ?? null };
  const r = resolveIdentity(input);
  if (!r.ok) for (const issue of r.issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.messageKey });
}

const identityShape = {
  firstName: personNameSchema,
  lastName: personNameSchema,
  personalCode: personalCodeSchema.optional(),
  birthDate: calendarDateSchema.nullable().optional(),
  sex: sexSchema.nullable().optional(),
};

export const duplicateCheckSchema = z.object(identityShape).superRefine(checkIdentity);

export const clientSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  personalCode: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  languages: z.string(),
  familySituation: z.string(),
  caregiver: z.string(),
  vulnerabilityNotes: z.string(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof clientSchema>;

export const DUPLICATE_REASONS = ['sameCode', 'sameNameAndBirthDate'] as const;

export const duplicateCandidateSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  personalCodeMasked: z.string().nullable(),
  reason: z.enum(DUPLICATE_REASONS),
  /** Whether the caller may open this client's file (a case manager: only their own clients). */
  canOpen: z.boolean(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

/** A case in a client's file: enough to list the episodes and open one. */
export const clientCaseSchema = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  targetGroup: z.string(),
  phase: z.string(),
  intakeDate: z.string(),
  closedOn: z.string().nullable(),
  caseManagerId: z.number().int().nullable(),
  caseManagerName: z.string().nullable(),
  previousCaseId: z.number().int().nullable(),
  isReturn: z.boolean(),
});
export type ClientCase = z.infer<typeof clientCaseSchema>;

export const clientListItemSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  personalCodeMasked: z.string().nullable(),
  /** The client's most recent case the caller may see, if any. */
  latestCase: z.object({ id: z.number().int(), caseNumber: z.string(), phase: z.string(), targetGroup: z.string() }).nullable(),
});
export type ClientListItem = z.infer<typeof clientListItemSchema>;

export const createClientInputSchema = z
  .object({
    ...identityShape,
    address: detailShape.address.default(''),
    phone: detailShape.phone.default(''),
    email: detailShape.email.default(''),
    languages: detailShape.languages.default(''),
    familySituation: detailShape.familySituation.default(''),
    caregiver: detailShape.caregiver.default(''),
    vulnerabilityNotes: detailShape.vulnerabilityNotes.default(''),
    /** The user has seen the possible duplicates and says this is someone else (never overrides a same code). */
    confirmNotDuplicate: z.boolean({ error: 'validation.invalid' }).default(false),
  })
  .superRefine(checkIdentity);
export type CreateClientInput = z.input<typeof createClientInputSchema>;

/** Only the fields sent change; personalCode, birthDate or sex sent as null are cleared. */
export const updateClientInputSchema = z.object({
  id: idSchema,
  firstName: personNameSchema.optional(),
  lastName: personNameSchema.optional(),
  personalCode: personalCodeSchema.optional(),
  birthDate: calendarDateSchema.nullable().optional(),
  sex: sexSchema.nullable().optional(),
  address: detailShape.address.optional(),
  phone: detailShape.phone.optional(),
  email: detailShape.email.optional(),
  languages: detailShape.languages.optional(),
  familySituation: detailShape.familySituation.optional(),
  caregiver: detailShape.caregiver.optional(),
  vulnerabilityNotes: detailShape.vulnerabilityNotes.optional(),
}).superRefine(checkIdentity);
export type UpdateClientInput = z.input<typeof updateClientInputSchema>;

/** One entry of a client's edit history (from the audit log, entity 'client'). */
export const clientHistoryEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  /** client.create, client.update or client.view */
  action: z.string(),
  /** The fields this entry changed (empty for a view). */
  changedFields: z.array(z.string()),
  before: z.record(z.string(), z.unknown()),
  after: z.record(z.string(), z.unknown()),
});
export type ClientHistoryEntry = z.infer<typeof clientHistoryEntrySchema>;

const workers = ['case_manager', 'supervisor'] as const;
const readers = ['case_manager', 'supervisor', 'admin'] as const;

export const clientMethods = {
  /** Step one of registering: who might this already be? Same code, or same name (ignoring case and diacritics) and birth date. */
  'clients.checkDuplicates': defineMethod({
    input: duplicateCheckSchema,
    output: z.object({ candidates: z.array(duplicateCandidateSchema) }),
    access: workers,
  }),
  /** Step two: CONFLICT errors.possibleDuplicate unless confirmNotDuplicate; a same code is always refused. */
  'clients.create': defineMethod({ input: createClientInputSchema, output: clientSchema, access: workers }),
  'clients.update': defineMethod({ input: updateClientInputSchema, output: clientSchema, access: workers }),
  /** The client's file with the cases the caller may see; the view is audited. */
  'clients.get': defineMethod({
    input: z.object({ id: idSchema }),
    output: z.object({ client: clientSchema, cases: z.array(clientCaseSchema) }),
    access: readers,
  }),
  /** The client's edit history, newest first: who changed what and when, and who opened the file. */
  'clients.history': defineMethod({
    input: z.object({ id: idSchema }),
    output: z.array(clientHistoryEntrySchema),
    access: readers,
  }),
  /** By name (any word's beginning, ignoring case and diacritics) or by the beginning of the personal code. */
  'clients.search': defineMethod({
    input: z.object({ query: textSchema(100).default(''), ...pageShape }),
    output: z.object({
      total: z.number().int(),
      /** More matches than `total` (the count stops at a thousand): the search should be narrowed. */
      capped: z.boolean(),
      /** The query was one letter (or under three digits): type more to search. */
      tooShort: z.boolean(),
      items: z.array(clientListItemSchema),
    }),
    access: readers,
  }),
};
