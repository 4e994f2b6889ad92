import { Group, Radio, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { validatePersonalCode } from '../../../../electron/core/personal-code';
import { FormDateField } from '../../components/FormDateField';
import { fieldError } from '../../forms/translate';
import type { ClientFormInput, ClientFormValues } from './clientForm';

/** Every client field, for registering and for editing; a valid personal code fills birth date and sex. */
export function ClientFields({ form, autoFocus }: { form: UseFormReturn<ClientFormInput, unknown, ClientFormValues>; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const e = form.formState.errors;
  const code = form.register('personalCode', {
    onBlur: (ev: { target: { value: string } }) => {
      const r = validatePersonalCode(ev.target.value.replace(/\s+/g, ''));
      if (r.ok && r.birthDate && r.sex) {
        form.setValue('birthDate', r.birthDate, { shouldValidate: true });
        form.setValue('sex', r.sex, { shouldValidate: true });
      }
    },
  });
  return (
    <Stack>
      <Title order={2} size="h4">
        {t('clients.form.identity')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('clients.field.firstName')} required data-autofocus={autoFocus || undefined} {...form.register('firstName')} error={fieldError(t, e.firstName)} />
        <TextInput label={t('clients.field.lastName')} required {...form.register('lastName')} error={fieldError(t, e.lastName)} />
        <TextInput label={t('clients.field.personalCode')} description={t('clients.form.personalCodeHint')} inputMode="numeric" autoComplete="off" {...code} error={fieldError(t, e.personalCode)} />
        <FormDateField control={form.control} name="birthDate" label={t('clients.field.birthDate')} error={fieldError(t, e.birthDate)} />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="sex"
        render={({ field }) => (
          <Radio.Group label={t('clients.field.sex')} name="sex" value={field.value} onChange={field.onChange} error={fieldError(t, e.sex)}>
            <Group mt="xs">
              <Radio value="" label={t('clients.sex.unknown')} />
              <Radio value="F" label={t('clients.sex.F')} />
              <Radio value="M" label={t('clients.sex.M')} />
            </Group>
          </Radio.Group>
        )}
      />
      <Title order={2} size="h4">
        {t('clients.form.contacts')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('clients.field.address')} {...form.register('address')} error={fieldError(t, e.address)} />
        <TextInput label={t('clients.field.phone')} type="tel" {...form.register('phone')} error={fieldError(t, e.phone)} />
        <TextInput label={t('clients.field.email')} type="email" {...form.register('email')} error={fieldError(t, e.email)} />
        <TextInput label={t('clients.field.languages')} {...form.register('languages')} error={fieldError(t, e.languages)} />
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('clients.form.situation')}
      </Title>
      <Textarea label={t('clients.field.familySituation')} autosize minRows={2} {...form.register('familySituation')} error={fieldError(t, e.familySituation)} />
      <Textarea label={t('clients.field.caregiver')} autosize minRows={2} {...form.register('caregiver')} error={fieldError(t, e.caregiver)} />
      <Textarea label={t('clients.field.vulnerabilityNotes')} autosize minRows={2} {...form.register('vulnerabilityNotes')} error={fieldError(t, e.vulnerabilityNotes)} />
    </Stack>
  );
}
