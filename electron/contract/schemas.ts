import { z } from 'zod';
import { LANGUAGES, ROLES } from './roles';
import { isValidDate } from '../core/calendar-dates';
import { MUNICIPALITY_CODES } from '../core/municipalities';
import { PASSWORD_MIN_LENGTH, passwordProblems } from '../core/password';

// Messages are i18n keys: the renderer's forms and the services share these schemas,
// and whoever shows an issue translates its key.
export const languageSchema = z.enum(LANGUAGES, { error: 'validation.language' });
export const roleSchema = z.enum(ROLES, { error: 'validation.role' });

export const usernameSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .min(3, { error: 'validation.usernameFormat' })
  .max(32, { error: 'validation.usernameFormat' })
  .regex(/^[a-z0-9._-]+$/, { error: 'validation.usernameFormat' });

export const newPasswordSchema = z
  .string({ error: 'validation.required' })
  .max(200, { error: 'validation.passwordTooLong' })
  .superRefine((value, ctx) => {
    for (const problem of passwordProblems(value)) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A password being checked, not chosen: any non-empty string. */
export const passwordSchema = z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200, { error: 'validation.passwordTooLong' });

export const personNameSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(120, { error: 'validation.tooLong' });

export const centreCodeSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{2,10}$/, { error: 'validation.centreCode' });

export const municipalitySchema = z.enum(MUNICIPALITY_CODES as [string, ...string[]], { error: 'validation.municipality' });

// zod 4 applies a type-level message to every check, so the one message has to fit them all.
export const idSchema = z.number({ error: 'validation.invalid' }).int().positive();

export const isoDateTimeSchema = z.string();

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const calendarDateSchema = z
  .string({ error: (iss) => (iss.input === undefined ? 'validation.required' : 'validation.date') })
  .refine(isValidDate, { error: 'validation.date' });

/** Free text up to `max` characters, trimmed. */
export const textSchema = (max: number) => z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' });

/** Paging for lists: limit and offset, with a page size a screen can show. */
export const pageShape = {
  limit: z.number({ error: 'validation.invalid' }).int().min(1).max(200).default(50),
  offset: z.number({ error: 'validation.invalid' }).int().min(0).default(0),
};

export const rolesSchema = z.array(roleSchema).min(1, { error: 'validation.rolesRequired' }).max(3);

export { PASSWORD_MIN_LENGTH };
