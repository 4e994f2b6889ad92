import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Fieldset, Group, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGES, type Language } from '../../../../electron/contract';
import { planMethods } from '../../../../electron/contract/methods/plans';
import { formatDate } from '../../../../electron/core/dates';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldError } from '../../forms/translate';

const TIMING_KEY = ['settings.getTiming'] as const;
const TEXTS_KEY = ['settings.getTexts'] as const;

const timingSchema = planMethods['settings.updateTiming'].input;
type Timing = z.output<typeof timingSchema>;
const textSchema = planMethods['settings.updateText'].input.pick({ text: true });

/** R7/R10 per target group, and the client's rights text printed on every plan (R5). */
export function CycleSettingsTab() {
  const { t } = useTranslation();
  const timing = useQuery({ queryKey: TIMING_KEY, queryFn: () => call('settings.getTiming', {}) });
  const texts = useQuery({ queryKey: TEXTS_KEY, queryFn: () => call('settings.getTexts', {}) });
  return (
    <Stack gap="xl">
      <Stack>
        <Title order={2}>{t('cycleSettings.timingTitle')}</Title>
        <Text size="sm">{t('cycleSettings.timingHelp')}</Text>
        <ErrorAlert error={timing.error} />
        {timing.data?.map((row) => <TimingRow key={row.targetGroup} row={row} />)}
      </Stack>
      <Stack>
        <Title order={2}>{t('cycleSettings.rightsTitle')}</Title>
        <Text size="sm">{t('cycleSettings.rightsHelp')}</Text>
        <ErrorAlert error={texts.error} />
        {texts.data &&
          LANGUAGES.map((l) => {
            const entry = texts.data.find((x) => x.key === 'clientRights' && x.language === l);
            return entry ? <RightsText key={l} language={l} text={entry.text} custom={entry.custom} updatedAt={entry.updatedAt} /> : null;
          })}
      </Stack>
    </Stack>
  );
}

function TimingRow({ row }: { row: Timing }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<z.input<typeof timingSchema>, unknown, Timing>({ resolver: zodResolver(timingSchema), defaultValues: row });
  const save = useMutation({
    mutationFn: (v: Timing) => call('settings.updateTiming', v),
    onSuccess: (all) => {
      qc.setQueryData(TIMING_KEY, all);
      const mine = all.find((x) => x.targetGroup === row.targetGroup);
      if (mine) form.reset(mine);
    },
  });
  const e = form.formState.errors;
  const group = t(`cycleSettings.groups.${row.targetGroup}`);
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate aria-label={group}>
      <Fieldset legend={group}>
        <Group align="flex-start">
          {(['planMonths', 'reviewMonths'] as const).map((name) => (
            <Controller
              key={name}
              control={form.control}
              name={name}
              render={({ field }) => (
                <NumberInput
                  label={t(name === 'planMonths' ? (row.targetGroup === 'YLC' ? 'cycleSettings.planMonthsYlc' : 'cycleSettings.planMonths') : 'cycleSettings.reviewMonths')}
                  w={260}
                  min={1}
                  max={24}
                  allowDecimal={false}
                  clampBehavior="none"
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number.NaN)}
                  onBlur={field.onBlur}
                  error={fieldError(t, e[name])}
                />
              )}
            />
          ))}
          <Button type="submit" mt={25} loading={save.isPending} aria-label={t('cycleSettings.saveFor', { group })}>
            {t('common.save')}
          </Button>
        </Group>
        <ErrorAlert error={save.error} />
        {save.isSuccess && !form.formState.isDirty && (
          <Text size="sm" c="green.9" role="status" mt="xs">
            {t('common.saved')}
          </Text>
        )}
      </Fieldset>
    </form>
  );
}

function RightsText({ language, text, custom, updatedAt }: { language: Language; text: string; custom: boolean; updatedAt: string | null }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<z.input<typeof textSchema>, unknown, z.output<typeof textSchema>>({ resolver: zodResolver(textSchema), defaultValues: { text } });
  const save = useMutation({
    mutationFn: (v: { text: string }) => call('settings.updateText', { key: 'clientRights', language, text: v.text }),
    onSuccess: async (saved) => {
      form.reset({ text: saved.text });
      await qc.invalidateQueries({ queryKey: TEXTS_KEY });
    },
  });
  const langName = t(`common.languages.${language}`);
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate aria-label={t('cycleSettings.rightsIn', { language: langName })}>
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600}>{t('cycleSettings.rightsIn', { language: langName })}</Text>
          {custom ? (
            <Badge variant="light" c="dark">
              {t('cycleSettings.custom', { date: updatedAt ? formatDate(updatedAt) : '' })}
            </Badge>
          ) : (
            <Badge color="gray" variant="light" c="dark">
              {t('cycleSettings.standard')}
            </Badge>
          )}
        </Group>
        <Textarea label={t('cycleSettings.rightsText', { language: langName })} autosize minRows={5} maxRows={20} lang={language} {...form.register('text')} error={fieldError(t, form.formState.errors.text)} />
        <ErrorAlert error={save.error} />
        {save.isSuccess && !form.formState.isDirty && (
          <Alert color="green" role="status">
            {t('cycleSettings.rightsSaved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending} aria-label={t('cycleSettings.saveRightsIn', { language: langName })}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
