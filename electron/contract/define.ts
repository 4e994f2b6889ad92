import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a method:
 * - 'public': anyone, even before sign-in (first run, sign-in itself);
 * - 'signedIn': any signed-in, unlocked user;
 * - a list of roles: a signed-in user holding at least one of them.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly access: Access;
  /** Allowed while the signed-in user still has to replace a temporary password. */
  readonly duringPasswordChange?: boolean;
  /** Allowed while the session is locked by inactivity. */
  readonly whileLocked?: boolean;
}

export function defineMethod<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
}
