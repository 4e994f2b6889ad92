import type { ApiErrorBody, ErrorCode, ValidationIssue } from '../contract/errors';

/** A refusal the user can understand: it crosses the contract as a code and a translated message key. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params?: Record<string, string | number>,
    readonly issues?: ValidationIssue[],
  ) {
    super(`${code}: ${messageKey}`);
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      messageKey: this.messageKey,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

export const forbidden = () => new DomainError('FORBIDDEN', 'errors.forbidden');
export const notFound = () => new DomainError('NOT_FOUND', 'errors.notFound');

/** A validation failure found by a service rather than by the schema (it needs context the schema lacks). */
export function invalid(path: string, messageKeys: string[]): DomainError {
  return new DomainError('VALIDATION', messageKeys[0] ?? 'errors.validation', undefined, messageKeys.map((messageKey) => ({ path, messageKey })));
}
