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

export const userMethods = {
  'users.list': defineMethod({ input: z.object({}), output: z.array(userSummarySchema), access: admin }),
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
