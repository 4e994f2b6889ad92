// Every failure that crosses the contract is one of these codes with an i18n message key,
// so the renderer can translate it and tests can assert it.
export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'SESSION_LOCKED',
  'PASSWORD_CHANGE_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_CREDENTIALS',
  'LOCKED_OUT',
  'NOT_INITIALISED',
  'ALREADY_INITIALISED',
  'UNKNOWN_METHOD',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ValidationIssue {
  path: string;
  messageKey: string;
  /** Values for the message's placeholders (a row number, a column name). */
  params?: Record<string, string | number>;
}

export interface ApiErrorBody {
  code: ErrorCode;
  messageKey: string;
  params?: Record<string, string | number>;
  issues?: ValidationIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
