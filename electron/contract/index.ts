import type { z } from 'zod';
import { appMethods } from './methods/app';
import { consentMethods } from './methods/consents';
import { referralMethods } from './methods/referrals';
import { serviceMapMethods } from './methods/service-map';
import { assessmentMethods } from './methods/assessments';
import { caseMethods } from './methods/cases';
import { caseFileMethods } from './methods/case-file';
import { clientMethods } from './methods/clients';
import { closureMethods } from './methods/closure';
import { ministryMethods } from './methods/ministry';
import { reportsMethods } from './methods/reports';
import { documentMethods } from './methods/documents';
import { followupMethods } from './methods/followup';
import { planMethods } from './methods/plans';
import { reviewMethods } from './methods/reviews';
import { todayMethods } from './methods/today';
import { demoMethods } from './methods/demo';
import { authMethods } from './methods/auth';
import { backupMethods } from './methods/backup';
import { settingsMethods } from './methods/settings';
import { userMethods } from './methods/users';
import { qualityMethods } from './methods/quality';
import { qualityDocumentMethods } from './methods/quality-documents';

/** The one door between UI and data: every method, its zod schemas and who may call it. */
export const contract = {
  ...appMethods,
  ...authMethods,
  ...userMethods,
  ...settingsMethods,
  ...backupMethods,
  ...clientMethods,
  ...caseMethods,
  ...caseFileMethods,
  ...assessmentMethods,
  ...planMethods,
  ...followupMethods,
  ...reviewMethods,
  ...closureMethods,
  ...documentMethods,
  ...todayMethods,
  ...ministryMethods,
  ...reportsMethods,
  ...serviceMapMethods,
  ...consentMethods,
  ...referralMethods,
  ...demoMethods,
  ...qualityMethods,
  ...qualityDocumentMethods,
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
