import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGES } from '../../../../electron/contract';
import { settingsSchema } from '../../../../electron/contract/methods/settings';
import { MUNICIPALITIES } from '../../../../electron/core/municipalities';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldError } from '../../forms/translate';
import { SESSION_KEY, STATUS_KEY } from '../../session/useSession';

type Values = z.output<typeof settingsSchema>;

export function SettingsTab() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => call('settings.get', {}) });
  const form = useForm<z.input<typeof settingsSchema>, unknown, Values>({ resolver: zodResolver(settingsSchema) });
  useEffect(() => {
    if (settings.data) form.reset(settings.data);
  }, [settings.data, form]);
  const save = useMutation({
    mutationFn: (v: Values) => call('settings.update', v),
    onSuccess: async (s) => {
      qc.setQueryData(['settings'], s);
      await qc.invalidateQueries({ queryKey: STATUS_KEY });
      await qc.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const e = form.formState.errors;
  if (!settings.data) return <ErrorAlert error={settings.error} />;
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate>
      <Stack maw={560}>
        <TextInput label={t('setup.centreName')} required {...form.register('centreName')} error={fieldError(t, e.centreName)} />
        <TextInput label={t('setup.centreCode')} required {...form.register('centreCode')} error={fieldError(t, e.centreCode)} />
        <Controller
          control={form.control}
          name="municipality"
          render={({ field }) => (
            <Select
              label={t('setup.municipality')}
              required
              searchable
              allowDeselect={false}
              data={MUNICIPALITIES.map((m) => ({ value: m.iso, label: m.nameLt }))}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? undefined)}
              error={fieldError(t, e.municipality)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="defaultLanguage"
          render={({ field }) => (
            <Select
              label={t('settings.defaultLanguage')}
              allowDeselect={false}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`common.languages.${l}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'lt')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="autoLockMinutes"
          render={({ field }) => (
            <NumberInput
              label={t('settings.autoLockMinutes')}
              description={t('settings.autoLockHelp')}
              min={1}
              max={240}
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
              error={fieldError(t, e.autoLockMinutes)}
            />
          )}
        />
        <ErrorAlert error={save.error} />
        {save.isSuccess && !form.formState.isDirty && (
          <Alert color="green" role="status">
            {t('common.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
