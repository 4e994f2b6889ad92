import type { ComponentProps } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { DateField } from './DateField';

type Props<T extends FieldValues, O extends FieldValues> = Omit<ComponentProps<typeof DateField>, 'value' | 'onChange' | 'name' | 'ref'> & {
  control: Control<T, unknown, O>;
  name: Path<T>;
};

/** A DateField bound to a react-hook-form field that holds '' for "no date". */
export function FormDateField<T extends FieldValues, O extends FieldValues>({ control, name, ...rest }: Props<T, O>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <DateField {...rest} name={name} ref={field.ref} value={field.value as string} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} />}
    />
  );
}
