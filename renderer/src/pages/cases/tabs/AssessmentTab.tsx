import { zodResolver } from '@hookform/resolvers/zod';
import { Accordion, Alert, Badge, Button, Checkbox, Fieldset, Group, Paper, Radio, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ASSESSMENT_DOMAINS, NEED_LEVELS, type AssessmentDomain } from '../../../../../electron/contract/cycle-schemas';
import { createAssessmentInputSchema, type Assessment } from '../../../../../electron/contract/methods/assessments';
import type { CaseDetails } from '../../../../../electron/contract/methods/cases';
import { call } from '../../../api/client';
import { DateField, todayYmd } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldError } from '../../../forms/translate';
import { qk, refresh } from './queries';

const formSchema = createAssessmentInputSchema.omit({ caseId: true });
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

type Props = { caseId: number; caseData: CaseDetails; canEdit: boolean };

const NEED_COLOR = { none: 'gray', low: 'teal', medium: 'yellow', high: 'red' } as const;

function startValues(from: Assessment | undefined): FormIn {
  const domains = Object.fromEntries(
    ASSESSMENT_DOMAINS.map((d) => [d, from ? { ...from.domains[d] } : { needLevel: 'none', risk: false, notes: '' }]),
  ) as FormIn['domains'];
  return { assessedOn: todayYmd(), domains, aspirations: from?.aspirations ?? '', summary: from?.summary ?? '', advance: false };
}

/** R4: a dated assessment of needs and aspirations with a risk screening in all twelve domains. */
export function AssessmentTab({ caseId, caseData, canEdit }: Props) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: qk.assessments(caseId), queryFn: () => call('assessments.list', { caseId }) });
  const [editing, setEditing] = useState(false);
  const latest = list.data?.[0];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('assessment.title')}</Title>
        {canEdit && !editing && list.data && (
          <Button onClick={() => setEditing(true)}>{latest ? t('assessment.reassess') : t('assessment.start')}</Button>
        )}
      </Group>
      <ErrorAlert error={list.error} />
      {editing && list.data && (
        <AssessmentForm caseId={caseId} phase={caseData.phase} previous={latest} onDone={() => setEditing(false)} />
      )}
      {list.data && list.data.length === 0 && !editing && <Text>{t('assessment.none')}</Text>}
      {list.data && list.data.length > 0 && (
        <>
          <Title order={3}>{t('assessment.history')}</Title>
          <Accordion variant="separated" defaultValue={String(list.data[0]!.id)}>
            {list.data.map((a, i) => (
              <Accordion.Item key={a.id} value={String(a.id)}>
                <Accordion.Control>
                  <Group gap="xs">
                    <Text fw={600}>{t('assessment.of', { date: a.assessedOn })}</Text>
                    {i === 0 && <Badge variant="light" c="dark">{t('assessment.current')}</Badge>}
                    <Text size="sm" c="dimmed">
                      {a.assessedByName}
                    </Text>
                    {a.riskDomains.length > 0 && (
                      <Badge color="red" variant="light" c="dark">
                        {t('assessment.riskCount', { count: a.riskDomains.length })}
                      </Badge>
                    )}
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <AssessmentView a={a} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    </Stack>
  );
}

function AssessmentView({ a }: { a: Assessment }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Table striped aria-label={t('assessment.tableLabel', { date: a.assessedOn })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assessment.domain')}</Table.Th>
            <Table.Th>{t('assessment.needLevel')}</Table.Th>
            <Table.Th>{t('assessment.risk')}</Table.Th>
            <Table.Th>{t('assessment.notes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ASSESSMENT_DOMAINS.map((d) => {
            const v = a.domains[d];
            return (
              <Table.Tr key={d}>
                <Table.Th scope="row" fw={500}>
                  {t(`assessment.domains.${d}`)}
                </Table.Th>
                <Table.Td>
                  <Badge color={NEED_COLOR[v.needLevel]} variant="light" c="dark">
                    {t(`assessment.needs.${v.needLevel}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{v.risk ? <Text c="red.9" fw={600}>{t('assessment.riskYes')}</Text> : t('assessment.riskNo')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{v.notes}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <div>
        <Text fw={600}>{t('assessment.aspirations')}</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{a.aspirations || '—'}</Text>
      </div>
      <div>
        <Text fw={600}>{t('assessment.summary')}</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{a.summary || '—'}</Text>
      </div>
    </Stack>
  );
}

function DomainFields({ domain, form }: { domain: AssessmentDomain; form: UseFormReturn<FormIn, unknown, FormOut> }) {
  const { t } = useTranslation();
  const err = form.formState.errors.domains?.[domain];
  return (
    <Fieldset legend={t(`assessment.domains.${domain}`)}>
      <Stack gap="xs">
        <Controller
          control={form.control}
          name={`domains.${domain}.needLevel`}
          render={({ field }) => (
            <Radio.Group label={t('assessment.needLevel')} value={field.value} onChange={field.onChange} error={fieldError(t, err?.needLevel)} name={`need-${domain}`}>
              <Group gap="sm" mt={4}>
                {NEED_LEVELS.map((n) => (
                  <Radio key={n} value={n} label={t(`assessment.needs.${n}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <Controller
          control={form.control}
          name={`domains.${domain}.risk`}
          render={({ field }) => (
            <Checkbox label={t('assessment.riskFlag')} checked={!!field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} color="red" />
          )}
        />
        <Textarea label={t('assessment.notes')} autosize minRows={1} maxRows={6} {...form.register(`domains.${domain}.notes`)} error={fieldError(t, err?.notes)} />
      </Stack>
    </Fieldset>
  );
}

function AssessmentForm({ caseId, phase, previous, onDone }: { caseId: number; phase: CaseDetails['phase']; previous: Assessment | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(formSchema), defaultValues: startValues(previous) });
  const save = useMutation({
    mutationFn: (v: FormOut) => call('assessments.create', { ...v, caseId }),
    onSuccess: async () => {
      await refresh(qc, [qk.assessments(caseId)], caseId);
      onDone();
    },
  });
  const e = form.formState.errors;
  return (
    <Paper withBorder p="md">
      <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate aria-label={t('assessment.formTitle')}>
        <Stack>
          <Title order={3}>{t('assessment.formTitle')}</Title>
          {previous && <Alert color="blue">{t('assessment.prefilled', { date: previous.assessedOn })}</Alert>}
          <Controller
            control={form.control}
            name="assessedOn"
            render={({ field }) => (
              <DateField label={t('assessment.assessedOn')} required maw={220} value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, e.assessedOn)} />
            )}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {ASSESSMENT_DOMAINS.map((d) => (
              <DomainFields key={d} domain={d} form={form} />
            ))}
          </SimpleGrid>
          <Textarea label={t('assessment.aspirations')} description={t('assessment.aspirationsHelp')} autosize minRows={2} {...form.register('aspirations')} error={fieldError(t, e.aspirations)} />
          <Textarea label={t('assessment.summary')} description={t('assessment.summaryHelp')} autosize minRows={2} {...form.register('summary')} error={fieldError(t, e.summary)} />
          {phase === 'assessment' && (
            <Controller
              control={form.control}
              name="advance"
              render={({ field }) => <Checkbox label={t('assessment.advance')} checked={!!field.value} onChange={(ev) => field.onChange(ev.currentTarget.checked)} />}
            />
          )}
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('assessment.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
