import type { FieldError } from 'react-hook-form';
import type { TFunction } from 'i18next';

/** Schema messages are i18n keys; this turns a field's error into text for the input's error slot. */
export function fieldError(t: TFunction, e: FieldError | undefined): string | undefined {
  return e?.message ? t(e.message) : undefined;
}
