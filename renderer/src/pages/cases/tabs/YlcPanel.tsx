import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CaseDetails } from '../../../../../electron/contract/methods/cases';
import { followupMethods, type YlcStatus } from '../../../../../electron/contract/methods/followup';
import { call } from '../../../api/client';
import { DateField, todayYmd } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldError } from '../../../forms/translate';
import { qk, refresh } from './queries';
import { YlcSupports } from './YlcSupports';

type Props = { caseId: number; caseData: CaseDetails; canEdit: boolean };

const warningSchema = followupMethods['ylc.recordWarning'].input.omit({ caseId: true });
const sinceSchema = followupMethods['ylc.setUnreachableSince'].input.omit({ caseId: true });

/** R12: the Transition Service's termination grounds, recorded and shown; the program never ends a case by itself. */
export function YlcPanel({ caseId, caseData, canEdit }: Props) {
  const { t } = useTranslation();
  const isYlc = caseData.targetGroup === 'YLC';
  const status = useQuery({ queryKey: qk.ylc(caseId), queryFn: () => call('ylc.get', { caseId }), enabled: isYlc });
  if (!isYlc) return null;
  const s = status.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`ylc-${caseId}`}>
      <Stack>
        <Title order={2} id={`ylc-${caseId}`}>
          {t('ylc.title')}
        </Title>
        <Alert color="blue" title={t('ylc.personDecidesTitle')}>
          {t('ylc.personDecides')}
        </Alert>
        <ErrorAlert error={status.error} />
        {s && (
          <>
            <Grounds s={s} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <SinceField caseId={caseId} kind="unreachable" value={s.unreachableSince} canEdit={canEdit} />
              <SinceField caseId={caseId} kind="neet" value={s.neetSince} canEdit={canEdit} />
            </SimpleGrid>
            <Warnings caseId={caseId} s={s} canEdit={canEdit} />
            <YlcSupports caseId={caseId} canEdit={canEdit} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Grounds({ s }: { s: YlcStatus }) {
  const { t } = useTranslation();
  const rows = [
    { key: 'unreachableMonth', met: s.grounds.unreachableMonth },
    { key: 'neetMonth', met: s.grounds.neetMonth },
    { key: 'warnedTwice', met: s.grounds.warnedTwice },
  ] as const;
  const any = rows.some((r) => r.met);
  return (
    <Stack gap="xs">
      <Title order={3}>{t('ylc.groundsTitle')}</Title>
      <Table aria-label={t('ylc.groundsTitle')}>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {t(`ylc.grounds.${r.key}`)}
              </Table.Th>
              <Table.Td>
                {r.met ? (
                  <Badge color="orange" variant="light" c="dark">
                    {t('ylc.met')}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" c="dark">
                    {t('ylc.notMet')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {any && (
        <Alert color="orange" role="status">
          {t('ylc.groundsPrompt')}
        </Alert>
      )}
    </Stack>
  );
}

function SinceField({ caseId, kind, value, canEdit }: { caseId: number; kind: 'unreachable' | 'neet'; value: string | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const form = useForm<z.input<typeof sinceSchema>, unknown, z.output<typeof sinceSchema>>({ resolver: zodResolver(sinceSchema), defaultValues: { since: value ?? todayYmd() } });
  const save = useMutation({
    mutationFn: (since: string | null) => call(kind === 'unreachable' ? 'ylc.setUnreachableSince' : 'ylc.setNeetSince', { caseId, since }),
    onSuccess: async (s) => {
      qc.setQueryData(qk.ylc(caseId), s);
      setEditing(false);
      await refresh(qc, [qk.ylc(caseId)], caseId);
    },
  });
  const label = t(`ylc.${kind}Since`);
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>{label}</Text>
        {!editing && <Text>{value ? t('ylc.since', { date: value }) : t(`ylc.${kind}None`)}</Text>}
        {canEdit && !editing && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                form.reset({ since: value ?? todayYmd() });
                setEditing(true);
              }}
            >
              {value ? t('ylc.changeDate') : t(`ylc.${kind}Record`)}
            </Button>
            {value && (
              <Button size="xs" variant="default" loading={save.isPending} onClick={() => save.mutate(null)}>
                {t(`ylc.${kind}End`)}
              </Button>
            )}
          </Group>
        )}
        {editing && (
          <form onSubmit={form.handleSubmit((v) => save.mutate(v.since))} noValidate aria-label={label}>
            <Group align="flex-start">
              <Controller
                control={form.control}
                name="since"
                render={({ field }) => (
                  <DateField label={t('ylc.sinceDate')} required w={170} value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, form.formState.errors.since)} />
                )}
              />
              <Button type="submit" mt={25} size="sm" loading={save.isPending}>
                {t('common.save')}
              </Button>
              <Button mt={25} size="sm" variant="default" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </form>
        )}
        <ErrorAlert error={save.error} />
      </Stack>
    </Paper>
  );
}

function Warnings({ caseId, s, canEdit }: { caseId: number; s: YlcStatus; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<z.input<typeof warningSchema>, unknown, z.output<typeof warningSchema>>({
    resolver: zodResolver(warningSchema),
    defaultValues: { givenOn: todayYmd(), note: '' },
  });
  const add = useMutation({
    mutationFn: (v: z.output<typeof warningSchema>) => call('ylc.recordWarning', { ...v, caseId }),
    onSuccess: async (st) => {
      qc.setQueryData(qk.ylc(caseId), st);
      form.reset({ givenOn: todayYmd(), note: '' });
      await refresh(qc, [qk.ylc(caseId)]);
    },
  });
  const e = form.formState.errors;
  return (
    <Stack gap="xs">
      <Title order={3}>{t('ylc.warningsTitle')}</Title>
      <Text>{t('ylc.warningCount', { count: s.warnings.length })}</Text>
      {s.warnings.length > 0 && (
        <Table striped aria-label={t('ylc.warningsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ylc.givenOn')}</Table.Th>
              <Table.Th>{t('ylc.warningNote')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.warnings.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Td>{w.givenOn}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{w.note || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && (
        <form onSubmit={form.handleSubmit((v) => add.mutate(v))} noValidate aria-label={t('ylc.addWarning')}>
          <Group align="flex-start">
            <Controller
              control={form.control}
              name="givenOn"
              render={({ field }) => (
                <DateField label={t('ylc.givenOn')} required w={170} value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} error={fieldError(t, e.givenOn)} />
              )}
            />
            <TextInput label={t('ylc.warningNote')} style={{ flex: 1 }} miw={220} {...form.register('note')} error={fieldError(t, e.note)} />
            <Button type="submit" mt={25} loading={add.isPending}>
              {t('ylc.addWarning')}
            </Button>
          </Group>
          <ErrorAlert error={add.error} />
        </form>
      )}
    </Stack>
  );
}
