import { z } from 'zod';
import { defineMethod } from '../define';
import { languageSchema, newPasswordSchema, passwordSchema, roleSchema, usernameSchema } from '../schemas';

export const sessionUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleSchema),
  language: languageSchema,
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionStateSchema = z.object({
  user: sessionUserSchema.nullable(),
  locked: z.boolean(),
  autoLockMinutes: z.number().int(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

const empty = z.object({});

export const authMethods = {
  'auth.session': defineMethod({ input: empty, output: sessionStateSchema, access: 'public' }),
  'auth.signIn': defineMethod({
    input: z.object({ username: usernameSchema, password: passwordSchema }),
    output: sessionStateSchema,
    access: 'public',
  }),
  'auth.signOut': defineMethod({ input: empty, output: z.object({}), access: 'public' }),
  'auth.lock': defineMethod({ input: empty, output: z.object({}), access: 'signedIn', duringPasswordChange: true, whileLocked: true }),
  'auth.unlock': defineMethod({
    input: z.object({ password: passwordSchema }),
    output: sessionStateSchema,
    access: 'signedIn',
    duringPasswordChange: true,
    whileLocked: true,
  }),
  /** Tells the server the person is still at the keyboard, so its own idle lock does not fire. */
  'auth.heartbeat': defineMethod({ input: empty, output: z.object({}), access: 'signedIn', duringPasswordChange: true }),
  'auth.changePassword': defineMethod({
    input: z.object({ currentPassword: passwordSchema, newPassword: newPasswordSchema }),
    output: sessionStateSchema,
    access: 'signedIn',
    duringPasswordChange: true,
  }),
  /** Every administrator password lost: the recovery key sets a new password for an administrator. */
  'auth.recover': defineMethod({
    input: z.object({ recoveryKey: z.string().trim().min(1, { error: 'validation.required' }).max(200), username: usernameSchema, newPassword: newPasswordSchema }),
    output: z.object({}),
    access: 'public',
  }),
  'me.setLanguage': defineMethod({ input: z.object({ language: languageSchema }), output: sessionStateSchema, access: 'signedIn' }),
};
