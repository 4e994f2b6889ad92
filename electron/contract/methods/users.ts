import { z } from 'zod';
import { defineMethod } from '../define';
import { idSchema, languageSchema, newPasswordSchema, personNameSchema, roleSchema, rolesSchema, usernameSchema } from '../schemas';

export const userSummarySchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleSchema),
  language: languageSchema,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const createUserInputSchema = z.object({
  fullName: personNameSchema,
  username: usernameSchema,
  roles: rolesSchema,
  language: languageSchema,
  temporaryPassword: newPasswordSchema,
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

const admin = ['admin'] as const;

/** R17: a case manager with their open cases by intensity and the weighted load (100 = a full caseload). */
export const caseManagerLoadSchema = z.object({
  id: z.number().int(),
  fullName: z.string(),
  open: z.object({ high: z.number().int(), moderate: z.number().int(), low: z.number().int() }),
  loadPercent: z.number().int(),
  level: z.enum(['below', 'full', 'over']),
});
export type CaseManagerLoad = z.infer<typeof caseManagerLoadSchema>;

export const userMethods = {
  'users.list': defineMethod({ input: z.object({}), output: z.array(userSummarySchema), access: admin }),
  /** Who a case can be given to, with their caseload (R17): for assigning, filtering and the team view. */
  'users.caseManagers': defineMethod({ input: z.object({}), output: z.array(caseManagerLoadSchema), access: 'signedIn' }),
  'users.create': defineMethod({ input: createUserInputSchema, output: userSummarySchema, access: admin }),
  'users.update': defineMethod({
    input: z.object({ id: idSchema, fullName: personNameSchema, roles: rolesSchema }),
    output: userSummarySchema,
    access: admin,
  }),
  /** Disabling destroys the user's key slot: they can no longer unlock the data. */
  'users.disable': defineMethod({ input: z.object({ id: idSchema }), output: userSummarySchema, access: admin }),
  /** Gives the user a temporary password (re-enabling a disabled user); they must change it at next sign-in. */
  'users.resetPassword': defineMethod({
    input: z.object({ id: idSchema, temporaryPassword: newPasswordSchema }),
    output: userSummarySchema,
    access: admin,
  }),
};
