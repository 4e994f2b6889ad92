import type { MethodName, MethodOutput, MethodParsedInput } from '../contract';
import type { UserRow } from '../../db/repositories/users';
import type { AppContext, Session } from './app-context';
import { DomainError } from './errors';

export interface CallContext {
  readonly app: AppContext;
  readonly session: Session;
  /** The signed-in user, loaded fresh for each call (null for public calls without a session). */
  readonly user: UserRow | null;
}

export type Handler<M extends MethodName> = (input: MethodParsedInput<M>, ctx: CallContext) => Promise<MethodOutput<M>>;
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };

export function requireUser(ctx: CallContext): UserRow {
  if (!ctx.user) throw new DomainError('UNAUTHENTICATED', 'errors.signInRequired');
  return ctx.user;
}
