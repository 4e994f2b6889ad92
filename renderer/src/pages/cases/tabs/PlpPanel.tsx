import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { updateCaseInputSchema, type CaseDetails } from '../../../../../electron/contract/methods/cases';
import { releaseGaps, releaseWindow, type ReleaseGap } from '../../../../../electron/core/deadlines';
import { call } from '../../../api/client';
import { DateField, todayYmd } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LabelledValue } from '../../../components/LabelledValue';
import { fieldError } from '../../../forms/translate';
import { qk, refresh } from './queries';
import { FormActions } from '../../../components/FormActions';

type Props = { caseId: number; caseData: CaseDetails; canEdit: boolean };
type Gap = ReleaseGap;

const formSchema = updateCaseInputSchema.pick({ releaseDate: true, prison: true, prisonSocialWorker: true });
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

/** R11: a person leaving prison — the release, the prison's social worker, and what is still missing before release. */
export function PlpPanel({ caseId, caseData, canEdit }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const notes = useQuery({ queryKey: qk.notes(caseId), queryFn: () => call('notes.list', { caseId }), enabled: caseData.targetGroup === 'PLP' });
  if (caseData.targetGroup !== 'PLP') return null;
  const today = todayYmd();
  const release = caseData.releaseDate;
  const win = release ? releaseWindow(release, today, caseData.intakeDate) : null;
  // The same rule as the Today list's releaseSoon item (electron/core/deadlines.ts).
  const visited = (notes.data ?? []).some((n) => n.kind === 'preReleaseVisit' && (!release || n.contactDate < release));
  const missing: Gap[] =
    notes.data && release ? releaseGaps({ caseManagerId: caseData.caseManagerId, visitedBeforeRelease: visited, releaseDate: release, intakeDate: caseData.intakeDate }, today) : [];
  const closed = caseData.phase === 'closed';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`plp-${caseId}`}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} id={`plp-${caseId}`}>
            {t('plp.title')}
          </Title>
          {canEdit && !editing && (
            <Button variant="default" size="xs" onClick={() => setEditing(true)}>
              {t('plp.edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          <PlpForm caseId={caseId} caseData={caseData} onDone={() => setEditing(false)} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <LabelledValue label={t('plp.releaseDate')}>{release}</LabelledValue>
            <LabelledValue label={t('plp.prison')}>{caseData.prison}</LabelledValue>
            <LabelledValue label={t('plp.prisonSocialWorker')}>{caseData.prisonSocialWorker}</LabelledValue>
          </SimpleGrid>
        )}
        {!release && <Text>{t('plp.noReleaseDate')}</Text>}
        {win && win.released && <Text>{t('plp.released', { date: release })}</Text>}
        {win && !win.released && !closed && (
          <>
            <Group gap="xs">
              <Text>{win.monthsUntilRelease > 0 ? t('plp.monthsToRelease', { count: win.monthsUntilRelease }) : t('plp.underAMonth')}</Text>
              {win.withinThreeMonths && (
                <Badge color="orange" c="dark" variant="light">
                  {t('plp.soon')}
                </Badge>
              )}
            </Group>
            <ErrorAlert error={notes.error} />
            {notes.data &&
              (missing.length > 0 ? (
                <Alert color={win.withinThreeMonths ? 'red' : 'yellow'} title={t('plp.missingTitle')} role="status">
                  <List>
                    {missing.map((g) => (
                      <List.Item key={g}>{t(`plp.gaps.${g}`)}</List.Item>
                    ))}
                  </List>
                </Alert>
              ) : (
                <Alert color="green" role="status">
                  {t('plp.nothingMissing')}
                </Alert>
              ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function PlpForm({ caseId, caseData, onDone }: { caseId: number; caseData: CaseDetails; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: { releaseDate: caseData.releaseDate, prison: caseData.prison, prisonSocialWorker: caseData.prisonSocialWorker },
  });
  const save = useMutation({
    mutationFn: (v: FormOut) => call('cases.update', { id: caseId, ...v }),
    onSuccess: async (c) => {
      qc.setQueryData(qk.caseFile(caseId), (old: unknown) => (old && typeof old === 'object' && 'case' in old ? { ...old, case: c } : old));
      await refresh(qc, [], caseId);
      onDone();
    },
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate aria-label={t('plp.editTitle')}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Controller
            control={form.control}
            name="releaseDate"
            render={({ field }) => (
              <DateField label={t('plp.releaseDate')} nullable value={field.value} onChange={field.onChange} onBlur={field.onBlur} error={fieldError(t, e.releaseDate)} />
            )}
          />
          <TextInput label={t('plp.prison')} {...form.register('prison')} error={fieldError(t, e.prison)} />
          <TextInput label={t('plp.prisonSocialWorker')} description={t('plp.prisonSocialWorkerHelp')} {...form.register('prisonSocialWorker')} error={fieldError(t, e.prisonSocialWorker)} />
        </SimpleGrid>
        <FormActions error={save.error} onCancel={onDone} saving={save.isPending} />
      </Stack>
    </form>
  );
}
