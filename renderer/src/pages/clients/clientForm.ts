import { z } from 'zod';
import { personNameSchema, textSchema } from '../../../../electron/contract/schemas';
import { isValidDate } from '../../../../electron/core/calendar-dates';
import { resolveIdentity } from '../../../../electron/core/client-identity';
import type { Client, CreateClientInput } from '../../../../electron/contract/methods/clients';

// The client form holds plain strings ('' for "not given"); toClientInput turns them into the
// contract's nulls. The identity check is the core's, so the form says what the service would.

const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidDate(v), { error: 'validation.date' });

export const clientFormSchema = z
  .object({
    firstName: personNameSchema,
    lastName: personNameSchema,
    personalCode: z.string().trim().max(40, { error: 'validation.personalCode.format' }),
    birthDate: optionalDate,
    sex: z.enum(['', 'F', 'M']),
    address: textSchema(300),
    phone: textSchema(60),
    email: textSchema(200).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'validation.email' }),
    languages: textSchema(200),
    familySituation: textSchema(2000),
    caregiver: textSchema(500),
    vulnerabilityNotes: textSchema(2000),
  })
  .superRefine((v, ctx) => {
    if (v.birthDate !== '' && !isValidDate(v.birthDate)) return;
    const r = resolveIdentity({ personalCode: v.personalCode, birthDate: v.birthDate || null, sex: v.sex || null });
    if (!r.ok) for (const i of r.issues) ctx.addIssue({ code: 'custom', path: [i.path], message: i.messageKey });
  });

export type ClientFormInput = z.input<typeof clientFormSchema>;
export type ClientFormValues = z.output<typeof clientFormSchema>;

export const EMPTY_CLIENT_FORM: ClientFormInput = {
  firstName: '',
  lastName: '',
  personalCode: '',
  birthDate: '',
  sex: '',
  address: '',
  phone: '',
  email: '',
  languages: '',
  familySituation: '',
  caregiver: '',
  vulnerabilityNotes: '',
};

export function clientToForm(c: Client): ClientFormInput {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    personalCode: c.personalCode ?? '',
    birthDate: c.birthDate ?? '',
    sex: c.sex ?? '',
    address: c.address,
    phone: c.phone,
    email: c.email,
    languages: c.languages,
    familySituation: c.familySituation,
    caregiver: c.caregiver,
    vulnerabilityNotes: c.vulnerabilityNotes,
  };
}

/** The contract's shape: empty code, date and sex become null (a client without a code is allowed). */
export function toClientInput(v: ClientFormValues): Omit<CreateClientInput, 'confirmNotDuplicate'> & { personalCode: string | null; birthDate: string | null; sex: 'F' | 'M' | null } {
  return {
    ...v,
    personalCode: v.personalCode.replace(/\s+/g, '') || null,
    birthDate: v.birthDate || null,
    sex: v.sex || null,
  };
}
