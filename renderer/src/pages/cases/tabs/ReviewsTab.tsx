import { zodResolver } from '@hookform/resolvers/zod';
import { Accordion, Badge, Button, Fieldset, Group, Paper, Radio, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GOAL_PROGRESS, REVIEW_OUTCOMES, SUPPORT_LEVELS } from '../../../../../electron/contract/cycle-schemas';
import type { CaseDetails } from '../../../../../electron/contract/methods/cases';
import type { Plan } from '../../../../../electron/contract/methods/plans';
import { createReviewInputSchema, type Review } from '../../../../../electron/contract/methods/reviews';
import { dueStatus } from '../../../../../electron/core/deadlines';
import { call } from '../../../api/client';
import { DateField, todayYmd } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldError } from '../../../forms/translate';
import { qk, refresh } from './queries';

type Props = { caseId: number; caseData: CaseDetails; canEdit: boolean };

const formSchema = createReviewInputSchema.omit({ caseId: true });
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

/** R10: formal reviews of the latest signed plan, and when the next one is due. */
export function ReviewsTab({ caseId, caseData, canEdit }: Props) {
  const { t } = useTranslation();
  const reviews = useQuery({ queryKey: qk.reviews(caseId), queryFn: () => call('reviews.list', { caseId }) });
  const plans = useQuery({ queryKey: qk.plans(caseId), queryFn: () => call('plans.list', { caseId }) });
  const signedVersion = plans.data?.versions.filter((v) => v.status === 'signed').at(-1)?.version;
  const signed = useQuery({
    queryKey: qk.plan(caseId, signedVersion ?? 0),
    queryFn: () => call('plans.get', { caseId, version: signedVersion! }),
    enabled: signedVersion !== undefined,
  });
  const [adding, setAdding] = useState(false);
  const next = reviews.data?.nextReviewDue ?? null;
  const status = next ? dueStatus(next, todayYmd()) : null;
  const kind = caseData.targetGroup === 'YLC' ? 'ilp' : 'iap';
  // A review looks at a plan in force: the service takes reviews in implementation and review only.
  const inReview = caseData.phase === 'implementation' || caseData.phase === 'review';

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('reviews.title')}</Title>
        {canEdit && !adding && signed.data && inReview && <Button onClick={() => setAdding(true)}>{t('reviews.add')}</Button>}
      </Group>
      <ErrorAlert error={reviews.error ?? plans.error ?? signed.error} />
      {reviews.data && (
        <Group gap="xs">
          {next ? (
            <>
              <Text>
                {t('reviews.nextDue')}: <strong>{next}</strong>
              </Text>
              {status === 'overdue' && (
                <Badge color="red" variant="light" c="red.9">
                  {t('reviews.overdue')}
                </Badge>
              )}
              {status === 'dueSoon' && (
                <Badge color="yellow" c="dark">
                  {t('reviews.dueSoon')}
                </Badge>
              )}
            </>
          ) : (
            <Text>{t(`reviews.noSignedPlan.${kind}`)}</Text>
          )}
        </Group>
      )}
      {canEdit && signed.data && !inReview && caseData.phase !== 'closed' && <Text size="sm">{t('reviews.onlyInImplementation')}</Text>}
      {adding && signed.data && <ReviewForm caseId={caseId} plan={signed.data} kind={kind} onDone={() => setAdding(false)} />}
      {reviews.data && reviews.data.reviews.length === 0 && <Text>{t('reviews.none')}</Text>}
      {reviews.data && reviews.data.reviews.length > 0 && (
        <Accordion variant="separated" defaultValue={String(reviews.data.reviews[0]!.id)}>
          {reviews.data.reviews.map((r) => (
            <Accordion.Item key={r.id} value={String(r.id)}>
              <Accordion.Control>
                <Group gap="xs">
                  <Text fw={600}>{t('reviews.of', { date: r.reviewedOn })}</Text>
                  <Badge variant="light" c="dark">
                    {t(`reviews.outcomes.${r.outcome}`)}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {r.reviewerName}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <ReviewView r={r} kind={kind} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

function ReviewView({ r, kind }: { r: Review; kind: 'iap' | 'ilp' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm">{t(`reviews.ofPlanVersion.${kind}`, { version: r.planVersion })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <div>
          <Text fw={600}>{t('reviews.supportLevel')}</Text>
          <Text>{t(`reviews.support.${r.supportLevel}`)}</Text>
        </div>
        <div>
          <Text fw={600}>{t('reviews.stillNeeded')}</Text>
          <Text>{r.stillNeeded ? t('reviews.yes') : t('reviews.no')}</Text>
        </div>
        <div>
          <Text fw={600}>{t('reviews.outcome')}</Text>
          <Text>{t(`reviews.outcomes.${r.outcome}`)}</Text>
        </div>
      </SimpleGrid>
      {r.goals.length > 0 && (
        <Table striped aria-label={t('reviews.progressOf', { date: r.reviewedOn })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reviews.goal')}</Table.Th>
              <Table.Th>{t('reviews.progress')}</Table.Th>
              <Table.Th>{t('reviews.goalNote')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.goals.map((g) => (
              <Table.Tr key={g.goalId}>
                <Table.Td>{g.goalText}</Table.Td>
                <Table.Td>{t(`reviews.progressLevels.${g.progress}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{g.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <div>
        <Text fw={600}>{t('reviews.notes')}</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.notes || '—'}</Text>
      </div>
    </Stack>
  );
}

function ReviewForm({ caseId, plan, kind, onDone }: { caseId: number; plan: Plan; kind: 'iap' | 'ilp'; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      reviewedOn: todayYmd(),
      goals: plan.goals.map((g) => ({ goalId: g.id, progress: undefined, note: '' })),
      supportLevel: undefined,
      stillNeeded: undefined,
      outcome: undefined,
      notes: '',
    },
  });
  const save = useMutation({
    mutationFn: (v: FormOut) => call('reviews.create', { ...v, caseId }),
    onSuccess: async () => {
      await refresh(qc, [qk.reviews(caseId), qk.plans(caseId), ['plans.get', caseId]], caseId);
      onDone();
    },
  });
  const e = form.formState.errors;
  return (
    <Paper withBorder p="md">
      <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate aria-label={t('reviews.formTitle')}>
        <Stack>
          <Title order={3}>{t('reviews.formTitle')}</Title>
          <Text size="sm">{t(`reviews.ofPlanVersion.${kind}`, { version: plan.version })}</Text>
          <Controller
            control={form.control}
            name="reviewedOn"
            render={({ field }) => (
              <DateField label={t('reviews.reviewedOn')} required maw={220} value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, e.reviewedOn)} />
            )}
          />
          {plan.goals.length === 0 && <Text>{t('reviews.noGoals')}</Text>}
          {plan.goals.map((g, i) => (
            <Fieldset key={g.id} legend={t('reviews.goalN', { n: i + 1, text: g.text })}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Controller
                  control={form.control}
                  name={`goals.${i}.progress`}
                  render={({ field }) => (
                    <Select
                      label={t('reviews.progress')}
                      required
                      allowDeselect={false}
                      data={GOAL_PROGRESS.map((p) => ({ value: p, label: t(`reviews.progressLevels.${p}`) }))}
                      value={field.value ?? null}
                      onChange={(v) => field.onChange(v ?? undefined)}
                      error={fieldError(t, e.goals?.[i]?.progress)}
                    />
                  )}
                />
                <Textarea label={t('reviews.goalNote')} autosize minRows={1} {...form.register(`goals.${i}.note`)} error={fieldError(t, e.goals?.[i]?.note)} />
              </SimpleGrid>
            </Fieldset>
          ))}
          <Controller
            control={form.control}
            name="supportLevel"
            render={({ field }) => (
              <Radio.Group label={t('reviews.supportLevelFromNow')} withAsterisk value={field.value ?? ''} onChange={field.onChange} error={fieldError(t, e.supportLevel)} name="supportLevel">
                <Group mt="xs">
                  {SUPPORT_LEVELS.map((s) => (
                    <Radio key={s} value={s} label={t(`reviews.support.${s}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <Controller
            control={form.control}
            name="stillNeeded"
            render={({ field }) => (
              <Radio.Group
                label={t('reviews.stillNeeded')}
                withAsterisk
                value={field.value === true ? 'yes' : field.value === false ? 'no' : ''}
                onChange={(v) => field.onChange(v === 'yes')}
                error={fieldError(t, e.stillNeeded)}
                name="stillNeeded"
              >
                <Group mt="xs">
                  <Radio value="yes" label={t('reviews.yes')} />
                  <Radio value="no" label={t('reviews.no')} />
                </Group>
              </Radio.Group>
            )}
          />
          <Controller
            control={form.control}
            name="outcome"
            render={({ field }) => (
              <Radio.Group label={t('reviews.outcome')} withAsterisk value={field.value ?? ''} onChange={field.onChange} error={fieldError(t, e.outcome)} name="outcome">
                <Stack gap={6} mt="xs">
                  {REVIEW_OUTCOMES.map((o) => (
                    <Radio key={o} value={o} label={t(`reviews.outcomes.${o}`)} description={t(`reviews.outcomeHelp.${o}`)} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <Textarea label={t('reviews.notes')} autosize minRows={2} {...form.register('notes')} error={fieldError(t, e.notes)} />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('reviews.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
