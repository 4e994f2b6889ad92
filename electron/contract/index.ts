import type { z } from 'zod';
import { appMethods } from './methods/app';
import { authMethods } from './methods/auth';
import { settingsMethods } from './methods/settings';
import { userMethods } from './methods/users';

/** The one door between UI and data: every method, its zod schemas and who may call it. */
export const contract = {
  ...appMethods,
  ...authMethods,
  ...userMethods,
  ...settingsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './errors';
export * from './roles';
export type { SessionUser, SessionState } from './methods/auth';
export type { UserSummary, CreateUserInput } from './methods/users';
export type { Settings, AuditEntry } from './methods/settings';
export type { SetupInput } from './methods/app';

/** What the preload exposes as window.api: one function per contract method, nothing else. */
export type WindowApi = { readonly [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>> };
import type { ApiResult } from './errors';
