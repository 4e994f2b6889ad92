import { TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef, type FocusEvent } from 'react';
import { formatDate } from '../../../electron/core/dates';

/**
 * Tidies what a person typed: 2026.1.5, 2026/01/05 or 2026 1 5 become 2026-01-05. Anything else is
 * left as typed so the form's schema can say what is wrong (validation.date).
 */
export function normaliseDate(raw: string): string {
  const s = raw.trim();
  const m = /^(\d{4})[-./ ](\d{1,2})[-./ ](\d{1,2})\.?$/.exec(s);
  if (!m) return s;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value: string | null | undefined;
  /** An empty field gives null when `nullable`, else ''. */
  onChange: (value: string | null) => void;
  nullable?: boolean;
};

/**
 * A calendar date typed as YYYY-MM-DD, the one date format on screen and on paper. A plain text
 * field: fully keyboard operable, no pop-up covering the form, and what is typed is what is saved.
 */
export const DateField = forwardRef<HTMLInputElement, Props>(function DateField({ value, onChange, nullable, onBlur, ...rest }, ref) {
  const change = (raw: string) => onChange(raw.trim() === '' && nullable ? null : raw);
  return (
    <TextInput
      ref={ref}
      placeholder="YYYY-MM-DD"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      {...rest}
      value={value ?? ''}
      onChange={(e) => change(e.currentTarget.value)}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        const tidy = normaliseDate(e.currentTarget.value);
        if (tidy !== e.currentTarget.value) change(tidy);
        onBlur?.(e);
      }}
    />
  );
});

/** Today's date on this computer, YYYY-MM-DD. */
export function todayYmd(): string {
  return formatDate(new Date());
}
