import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CaseDetails, EligibilityDecision } from '../../../../../electron/contract/methods/cases';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LabelledValue } from '../../../components/LabelledValue';
import { refreshCase } from '../caseRefresh';
import { EligibilityHistory } from '../EligibilityHistory';
import { IntakeFields } from '../IntakeFields';
import { caseToIntake, groupFields, intakeFormSchema, toIntakeShape, type IntakeFormInput, type IntakeFormValues } from '../intakeForm';

function IntakeDetails({ data }: { data: CaseDetails }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
      <LabelledValue label={t('cases.field.entryPoint')}>
        {t(`cases.entryPoint.${data.entryPoint}`)}
        {data.entryPointOther ? `: ${data.entryPointOther}` : ''}
      </LabelledValue>
      <LabelledValue label={t('cases.field.referrerName')}>{data.referrerName}</LabelledValue>
      <LabelledValue label={t('cases.field.referrerContact')}>{data.referrerContact}</LabelledValue>
      <LabelledValue label={t('cases.field.intakeDate')}>{data.intakeDate}</LabelledValue>
      <LabelledValue label={t('cases.field.intensity')}>{t(`cases.intensity.${data.intensity}`)}</LabelledValue>
      {data.targetGroup === 'PLP' && (
        <>
          <LabelledValue label={t('cases.field.releaseDate')}>{data.releaseDate}</LabelledValue>
          <LabelledValue label={t('cases.field.prison')}>{data.prison}</LabelledValue>
          <LabelledValue label={t('cases.field.prisonSocialWorker')}>{data.prisonSocialWorker}</LabelledValue>
        </>
      )}
      {data.targetGroup === 'YLC' && <LabelledValue label={t('cases.field.coordinatorAppointedOn')}>{data.coordinatorAppointedOn}</LabelledValue>}
    </SimpleGrid>
  );
}

function IntakeForm({ data }: { data: CaseDetails }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<IntakeFormInput, unknown, IntakeFormValues>({ resolver: zodResolver(intakeFormSchema), defaultValues: caseToIntake(data) });
  const save = useMutation({
    mutationFn: (v: IntakeFormValues) => {
      const { caseManagerId: _m, assignedOn: _a, ...shape } = toIntakeShape(v);
      return call('cases.update', { id: data.id, ...(data.phase === 'intake' ? { targetGroup: v.targetGroup } : {}), ...shape, ...groupFields(v) });
    },
    onSuccess: async (c) => {
      form.reset(caseToIntake(c));
      await refreshCase(qc, data.id);
    },
  });
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate>
      <Stack>
        <IntakeFields form={form} groupEditable={data.phase === 'intake'} />
        <ErrorAlert error={save.error} />
        {save.isSuccess && !form.formState.isDirty && (
          <Alert color="green" role="status" c="dark">
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

/** The intake details (editable while the case is open) and the eligibility decisions. */
export function OverviewTab({ caseData, eligibility, canEdit }: { caseData: CaseDetails; eligibility: EligibilityDecision[]; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h3">
            {t('cases.overview.intake')}
          </Title>
          {canEdit ? <IntakeForm data={caseData} /> : <IntakeDetails data={caseData} />}
        </Stack>
      </Paper>
      {eligibility.length > 0 && (
        <Paper withBorder p="md">
          <Stack>
            <Title order={2} size="h3">
              {t('cases.eligibility.historyLabel')}
            </Title>
            <EligibilityHistory decisions={eligibility} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
