import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CLOSURE_REASONS } from '../../../../../electron/contract/cycle-schemas';
import { requestClosureInputSchema } from '../../../../../electron/contract/methods/closure';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { YesNoField } from '../../../components/YesNoField';
import { fieldError } from '../../../forms/translate';
import { refreshCase } from '../caseRefresh';

type FormIn = z.input<typeof requestClosureInputSchema>;
type FormOut = z.output<typeof requestClosureInputSchema>;

/** The closure form of ILO Table 2, filled by the case manager and sent to a supervisor (R14). */
export function ClosureRequestForm({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(requestClosureInputSchema),
    defaultValues: { caseId, reasonOther: '', details: '', transferDetails: '', refusalReasons: '', serviceEvaluation: '' },
  });
  const reason = useWatch({ control: form.control, name: 'reason' });
  const request = useMutation({
    mutationFn: (v: FormOut) => call('closure.request', v),
    onSuccess: () => refreshCase(qc, caseId),
  });
  const e = form.formState.errors;
  const yesNo = (name: 'clientInvolved' | 'clientAgrees' | 'contactLeft') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => <YesNoField name={name} label={t(`closure.field.${name}`)} value={field.value} onChange={field.onChange} error={fieldError(t, e[name])} />}
    />
  );
  return (
    <Paper withBorder p="md">
      <form onSubmit={form.handleSubmit((v) => request.mutate(v))} noValidate>
        <Stack>
          <Title order={2} size="h3">
            {t('closure.form.title')}
          </Title>
          <Controller
            control={form.control}
            name="reason"
            render={({ field }) => (
              <Select
                label={t('closure.field.reason')}
                required
                allowDeselect={false}
                data={CLOSURE_REASONS.map((r) => ({ value: r, label: t(`closure.reason.${r}`) }))}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? undefined)}
                error={fieldError(t, e.reason)}
              />
            )}
          />
          {reason === 'other' && <TextInput label={t('closure.field.reasonOther')} required {...form.register('reasonOther')} error={fieldError(t, e.reasonOther)} />}
          <Textarea label={t('closure.field.details')} autosize minRows={2} {...form.register('details')} error={fieldError(t, e.details)} />
          <Textarea
            label={t('closure.field.transferDetails')}
            description={t('closure.form.transferHint')}
            required={reason === 'transferred'}
            autosize
            minRows={2}
            {...form.register('transferDetails')}
            error={fieldError(t, e.transferDetails)}
          />
          <Textarea
            label={t('closure.field.refusalReasons')}
            description={t('closure.form.refusalHint')}
            required={reason === 'refusal'}
            autosize
            minRows={2}
            {...form.register('refusalReasons')}
            error={fieldError(t, e.refusalReasons)}
          />
          <Title order={3} size="h4">
            {t('closure.form.communication')}
          </Title>
          {yesNo('clientInvolved')}
          {yesNo('clientAgrees')}
          {yesNo('contactLeft')}
          <Textarea label={t('closure.field.serviceEvaluation')} description={t('closure.form.evaluationHint')} required autosize minRows={3} {...form.register('serviceEvaluation')} error={fieldError(t, e.serviceEvaluation)} />
          <ErrorAlert error={request.error} />
          <Group>
            <Button type="submit" loading={request.isPending}>
              {t('closure.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
