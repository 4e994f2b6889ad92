import { z } from 'zod';
import { defineMethod } from '../define';
import { centreCodeSchema, languageSchema, municipalitySchema, newPasswordSchema, personNameSchema, usernameSchema } from '../schemas';

export const appStatusSchema = z.object({
  initialised: z.boolean(),
  centreName: z.string().nullable(),
  defaultLanguage: languageSchema,
});

export const setupInputSchema = z
  .object({
    centre: z.object({ name: personNameSchema, code: centreCodeSchema, municipality: municipalitySchema }),
    admin: z.object({ fullName: personNameSchema, username: usernameSchema, password: newPasswordSchema }),
    language: languageSchema,
  })
  .superRefine((v, ctx) => {
    if (v.admin.password.toLowerCase().includes(v.admin.username)) {
      ctx.addIssue({ code: 'custom', path: ['admin', 'password'], message: 'validation.passwordHasUsername' });
    }
  });
export type SetupInput = z.infer<typeof setupInputSchema>;

export const appMethods = {
  'app.status': defineMethod({ input: z.object({}), output: appStatusSchema, access: 'public' }),
  /** First run: the centre, the first administrator and the default language. Returns the recovery key, shown once. */
  'setup.initialise': defineMethod({
    input: setupInputSchema,
    output: z.object({ recoveryKey: z.string() }),
    access: 'public',
  }),
};
